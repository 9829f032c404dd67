// End-to-end tests in the system Chromium against the real built app and a real PocketBase,
// both started by `npm start`'s own script on free ports with a fresh temporary database.
import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import { freePort } from '../scripts/lib/ports.ts';
import { chromiumLaunchOptions } from './support/chromium.ts';

// Workers re-read this file: the ports chosen by the main process travel to them through the environment.
process.env.E2E_APP_PORT ||= String(await freePort());
process.env.E2E_PB_PORT ||= String(await freePort());
process.env.E2E_PB_URL ||= `http://127.0.0.1:${process.env.E2E_PB_PORT}`;
// A superuser the tests know (fixtures create editor and contributor accounts with it).
process.env.E2E_SUPERUSER_EMAIL ||= 'superuser@test.invalid';
process.env.E2E_SUPERUSER_PASSWORD ||= randomBytes(18).toString('base64url');
const baseURL = `http://127.0.0.1:${process.env.E2E_APP_PORT}`;

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	// CI shares its two cores with whatever else the machine runs, and maps are drawn in software: one retry
	// keeps a load-induced miss from failing the run, and the report still names every test that needed it.
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: chromiumLaunchOptions
	},
	webServer: {
		command: 'node scripts/start.ts',
		cwd: '..',
		url: `${baseURL}/health`,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe',
		env: {
			APP_ENV: 'test',
			APP_PORT: process.env.E2E_APP_PORT,
			PB_PORT: process.env.E2E_PB_PORT,
			GEO_SOURCE_DIR: process.env.GEO_SOURCE_DIR || '../shared/geo',
			PB_SUPERUSER_EMAIL: process.env.E2E_SUPERUSER_EMAIL,
			PB_SUPERUSER_PASSWORD: process.env.E2E_SUPERUSER_PASSWORD
		}
	}
});
