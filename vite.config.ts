// Vite, SvelteKit and Vitest configuration. SvelteKit 3 reads its options only from the
// sveltekit({...}) call below: a svelte.config.js is rejected.
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ out: 'build' })
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
