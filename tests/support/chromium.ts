// How every browser test and benchmark launches Chromium: the Debian package (Playwright cannot
// download browsers here), WebGL2 for MapLibre through SwiftShader, and no calls to outside hosts.
import type { LaunchOptions } from '@playwright/test';

export const chromiumLaunchOptions: LaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
};
