// Vite, SvelteKit and Vitest configuration. SvelteKit 3 reads its options only from the
// sveltekit({...}) call below: a svelte.config.js is rejected.
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ out: 'build' }),
			// SvelteKit adds a nonce (rendered pages) or hash (prerendered) for each inline script it writes.
			// src/lib/server/securityHeaders.ts adds the PocketBase origin to connect-src at run time and the
			// headers CSP does not cover.
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// Svelte writes style attributes; inline style needs no nonce to be harmless here.
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self', 'data:'],
					'connect-src': ['self'],
					// MapLibre starts its workers from the bundled worker script, some as blob: URLs.
					'worker-src': ['self', 'blob:'],
					'child-src': ['self', 'blob:'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'geo/**/*.test.ts', 'scripts/**/*.test.ts'],
		// Integration tests start real PocketBase processes: two at a time is what 2 cores take.
		maxWorkers: 2,
		// Hang guards, not speed checks: CI may share the machine, and integration tests start real servers.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		environment: 'node'
	}
});
