// The app's environment variables, validated when the server starts (SvelteKit 3: read them
// from `$app/env/private` and `$app/env/public`). README.md's configuration table mirrors this.
import { building } from '$app/env';
import { defineEnvVars } from '@sveltejs/kit/env';

function url(name: string, optional: boolean) {
	return (value: string | undefined) => {
		if (!value) {
			// `vite build` runs the server to analyse it, with no PocketBase to point at.
			if (optional || building) return undefined;
			throw new Error(`${name} is required, e.g. http://127.0.0.1:8090`);
		}
		const parsed = new URL(value); // throws "Invalid URL" with the value
		if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error(`${name} must be an http(s) URL`);
		return value.replace(/\/$/, '');
	};
}

export const variables = defineEnvVars({
	APP_ENV: {
		description: 'development, production or test; production makes cookies Secure.',
		schema: (value) => {
			const env = value || 'development';
			if (!['development', 'production', 'test'].includes(env)) {
				throw new Error(`APP_ENV=${value} is not one of development, production, test`);
			}
			return env as 'development' | 'production' | 'test';
		}
	},
	PB_URL: { description: 'PocketBase as the SvelteKit server reaches it.', schema: url('PB_URL', false) },
	PB_SUPERUSER_EMAIL: { description: 'Superuser for privileged server work (import).', schema: (v) => v || undefined },
	PB_SUPERUSER_PASSWORD: { description: 'Password of PB_SUPERUSER_EMAIL.', schema: (v) => v || undefined },
	PUBLIC_PB_URL: {
		public: true,
		description: 'PocketBase as browsers reach it, for live updates; defaults to PB_URL.',
		schema: url('PUBLIC_PB_URL', true)
	},
	PUBLIC_BASEMAP_STYLE_URL: {
		public: true,
		description: 'Optional MapLibre style URL drawn under the boundaries; none by default (works offline).',
		schema: url('PUBLIC_BASEMAP_STYLE_URL', true)
	}
});
