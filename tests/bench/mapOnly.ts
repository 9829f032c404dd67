// `node tests/bench/mapOnly.ts [--runs N] [--only ready|recolour|floor] [--url http://…]`: just the map
// metrics of issue 8 (readiness against a blank map, recolour through feature-state against setData, and
// the floor a bare MapLibre page sets for readiness), for iterating on the map without the whole suite. Rebuilds a stale app, starts its own seeded
// PocketBase and app unless --url names a running one, prints medians and samples, writes nothing.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { appUnderTest, option } from './appUnderTest.ts';
import { mapFloor } from './mapFloor.ts';
import { readyTimings, recolourTimings } from './mapTimings.ts';

const runs = Number(option('--runs') ?? 7);
const only = option('--only');
// The floor needs no app: its page is served by the browser's request routing.
const target = only === 'floor' ? { url: '', stop: async () => {} } : await appUnderTest();
const url = target.url;
const samples = (list: number[]) => list.map((n) => n.toFixed(1)).join(' ');
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	if (!only || only === 'ready') {
		const r = await readyTimings(browser, url, runs);
		console.log(`ready ${r.readyMs.toFixed(0)} ms, blank ${r.blankMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}× (goal ≤ 1.3×)`);
		console.log(`  ready: ${samples(r.samples.ready)}\n  blank: ${samples(r.samples.blank)}`);
	}
	if (!only || only === 'floor') {
		const r = await mapFloor(browser, runs);
		console.log(
			`bare MapLibre page: blank ${r.blankMs.toFixed(0)} ms, GeoJSON ${r.geojsonMs.toFixed(0)} ms (${r.geojsonRatio.toFixed(2)}×), vector tiles ${r.vectorMs.toFixed(0)} ms (${r.vectorRatio.toFixed(2)}×), thinned to 1 vertex in 100 ${r.sparseMs.toFixed(0)} ms (${r.sparseRatio.toFixed(2)}×)`
		);
		for (const [mode, list] of Object.entries(r.samples)) console.log(`  ${mode}: ${samples(list)}`);
	}
	if (!only || only === 'recolour') {
		const r = await recolourTimings(browser, url, runs);
		console.log(
			`recolour: feature-state ${r.featureStateMs.toFixed(1)} ms, setData ${r.setDataMs.toFixed(1)} ms, speed-up ${r.speedup.toFixed(1)}× (goal ≤ 50 ms and ≥ 10×); empty frame ${r.frameMs.toFixed(1)} ms`
		);
		console.log(`  feature-state: ${samples(r.samples.featureState)}\n  setData: ${samples(r.samples.setData)}`);
		const a = r.frameAligned;
		console.log(
			`  just after a frame began (worst case): feature-state ${a.featureStateMs.toFixed(1)} ms, setData ${a.setDataMs.toFixed(1)} ms, ${a.speedup.toFixed(1)}×`
		);
		console.log(`  feature-state: ${samples(a.samples.featureState)}\n  setData: ${samples(a.samples.setData)}`);
	}
} finally {
	await browser.close();
	await target.stop();
}
