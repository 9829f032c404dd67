// End-to-end tests in the system Chromium against the real built app and a real PocketBase,
// both started by `npm start`'s own script on free ports with a fresh temporary database.
import { defineConfig } from '@playwright/test';
import { freePort } from '../scripts/lib/ports.ts';

// Workers re-read this file: the ports chosen by the main process travel to them through the environment.
process.env.E2E_APP_PORT ||= String(await freePort());
process.env.E2E_PB_PORT ||= String(await freePort());
const baseURL = `http://127.0.0.1:${process.env.E2E_APP_PORT}`;

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			// WebGL2 for MapLibre comes from SwiftShader in headless Chromium; the rest keeps Chromium
			// from calling hosts this offline machine cannot reach.
			args: [
				'--no-sandbox',
				'--enable-unsafe-swiftshader',
				'--use-angle=swiftshader',
				'--ignore-gpu-blocklist',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
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
			GEO_SOURCE_DIR: process.env.GEO_SOURCE_DIR || '../shared/geo'
		}
	}
});
