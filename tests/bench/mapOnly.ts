// `node tests/bench/mapOnly.ts [--runs N] [--only ready|recolour] [--url http://…]`: just the two map
// metrics of issue 8 (readiness against a blank map, recolour through feature-state against setData),
// for iterating on the map without the whole suite. Rebuilds a stale app, starts its own seeded
// PocketBase and app unless --url names a running one, prints medians and samples, writes nothing.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { appUnderTest, option } from './appUnderTest.ts';
import { readyTimings, recolourTimings } from './mapTimings.ts';

const runs = Number(option('--runs') ?? 7);
const only = option('--only');
const target = await appUnderTest();
const url = target.url;
const samples = (list: number[]) => list.map((n) => n.toFixed(1)).join(' ');
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	if (only !== 'recolour') {
		const r = await readyTimings(browser, url, runs);
		console.log(`ready ${r.readyMs.toFixed(0)} ms, blank ${r.blankMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}× (goal ≤ 1.3×)`);
		console.log(`  ready: ${samples(r.samples.ready)}\n  blank: ${samples(r.samples.blank)}`);
	}
	if (only !== 'ready') {
		const r = await recolourTimings(browser, url, runs);
		console.log(`recolour: feature-state ${r.featureStateMs.toFixed(1)} ms, setData ${r.setDataMs.toFixed(1)} ms, speed-up ${r.speedup.toFixed(1)}× (goal ≤ 50 ms and ≥ 10×); empty frame ${r.frameMs.toFixed(1)} ms`);
		console.log(`  feature-state: ${samples(r.samples.featureState)}\n  setData: ${samples(r.samples.setData)}`);
	}
} finally {
	await browser.close();
	await target.stop();
}
