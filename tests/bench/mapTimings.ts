// Map readiness (navigation → boundaries coloured and the map idle) against a blank MapLibre page with
// the same style, and recolour time through feature-state against setData, in headless Chromium.
import type { Browser, Page } from '@playwright/test';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeTo(browser: Browser, url: string, ready: (page: Page) => Promise<number>): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(() => ((window as unknown as { __enableMapTestHook: boolean }).__enableMapTestHook = true));
	await page.goto(url, { waitUntil: 'commit' });
	const ms = await ready(page);
	await context.close();
	return ms;
}

// performance.now() in the page counts from the start of navigation, so it is the time to ready.
const explorerReady = (page: Page) =>
	page
		.waitForFunction(
			() => {
				const hook = (
					window as unknown as { __mapTestHook?: { idle(): boolean; codes(): string[]; featureState(code: string): Record<string, unknown> } }
				).__mapTestHook;
				const code = hook?.codes()[0];
				return hook && code && hook.idle() && hook.featureState(code).fill ? performance.now() : false;
			},
			undefined,
			{ polling: 'raf', timeout: 60_000 }
		)
		.then((handle) => handle.jsonValue() as Promise<number>);

const blankReady = (page: Page) =>
	page
		.waitForFunction(() => Number(document.body.dataset.mapReadyAt) || false, undefined, { polling: 'raf', timeout: 60_000 })
		.then((handle) => handle.jsonValue() as Promise<number>);

export async function readyTimings(browser: Browser, appUrl: string, runs: number) {
	const ready: number[] = [];
	const blank: number[] = [];
	await timeTo(browser, `${appUrl}/?vintage=2012`, explorerReady); // warm the server's caches once
	for (let i = 0; i < runs; i++) {
		// Interleaved, so a noisy moment on the shared machine hits both sides.
		ready.push(await timeTo(browser, `${appUrl}/?vintage=2012`, explorerReady));
		blank.push(await timeTo(browser, `${appUrl}/fixtures/blank-map`, blankReady));
	}
	return { readyMs: median(ready), blankMs: median(blank), ratio: median(ready) / median(blank), samples: { ready, blank } };
}

type Recolour = { featureStateMs: number; setDataMs: number; speedup: number; samples: { featureState: number[]; setData: number[] } };

/**
 * The goal's figures come from changes spread evenly across the frame (2 × runs phases), as clicks and key
 * presses arrive; `frameAligned` times every change from just after a frame began, the worst case for a
 * change drawn in one frame (tests/bench/recolourBench.ts says why the phase matters).
 */
export async function recolourTimings(browser: Browser, appUrl: string, runs: number) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${appUrl}/fixtures/recolour`);
	await page.waitForSelector('body[data-fixture-ready="true"]', { timeout: 60_000 });
	type Bench = { featureState(phase: number): Promise<number>; setData(phase: number): Promise<number> };
	const measure = async (phases: number[]): Promise<Recolour> => {
		const featureState: number[] = [];
		const setData: number[] = [];
		for (const phase of phases) {
			featureState.push(await page.evaluate((p) => (window as unknown as { __recolourBench: Bench }).__recolourBench.featureState(p), phase));
			setData.push(await page.evaluate((p) => (window as unknown as { __recolourBench: Bench }).__recolourBench.setData(p), phase));
		}
		return {
			featureStateMs: median(featureState),
			setDataMs: median(setData),
			speedup: median(setData) / median(featureState),
			samples: { featureState, setData }
		};
	};
	const spread = await measure(Array.from({ length: 2 * runs }, (_, i) => (i + 0.5) / (2 * runs)));
	const frameAligned = await measure(Array.from({ length: runs }, () => 0));
	// One animation frame with nothing to draw: what software rendering costs on this machine.
	const frameMs = await page.evaluate(
		() =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() => {
					const start = performance.now();
					requestAnimationFrame(() => resolve(performance.now() - start));
				})
			)
	);
	await page.close();
	return { frameMs, ...spread, frameAligned };
}

export async function mapTimings(browser: Browser, appUrl: string, runs: number) {
	const ready = await readyTimings(browser, appUrl, runs);
	const { frameMs, samples, ...recolour } = await recolourTimings(browser, appUrl, runs);
	return { runs, frameMs, readyMs: ready.readyMs, blankMs: ready.blankMs, ratio: ready.ratio, samples: { ...ready.samples, ...samples }, recolour };
}
