// `node tests/bench/mapProfile.ts [--runs N] [--url http://…]`: where the time to "map ready" goes, for the
// explorer (/?vintage=2012) and the blank map fixture. Per step, the median over N runs of when it
// happened (ms from navigation start): the HTML response, hydration, the map's User Timing marks
// (map:*, set by MapContext and boundarySource), key resources, and main-thread long tasks before ready.
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { appUnderTest, option } from './appUnderTest.ts';

const runs = Number(option('--runs') ?? 7);
const target = await appUnderTest();
const url = target.url;

type Timeline = Record<string, number>;

/** Installed before the page's own scripts: long tasks and the moment the layout marks hydration. */
function observe() {
	const w = window as unknown as { __longTasks: [number, number][]; __enableMapTestHook: boolean };
	w.__enableMapTestHook = true;
	w.__longTasks = [];
	new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration]))).observe({
		type: 'longtask',
		buffered: true
	});
	new MutationObserver((_, observer) => {
		if (document.body?.dataset.started) {
			performance.mark('app:hydrated');
			observer.disconnect();
		}
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-started'] });
}

async function timeline(page: Page, ready: () => unknown): Promise<Timeline> {
	const readyAt = (await (await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 })).jsonValue()) as number;
	return page.evaluate((readyAt) => {
		const t: Record<string, number> = { ready: readyAt };
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		Object.assign(t, {
			'html:first-byte': nav.responseStart,
			'html:last-byte': nav.responseEnd,
			'html:dom-interactive': nav.domInteractive,
			'html:dcl': nav.domContentLoadedEventEnd
		});
		for (const m of performance.getEntriesByType('mark')) t[m.name] ??= m.startTime;
		for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
			const name = r.name.includes('/geo/boundaries')
				? 'res:boundaries'
				: r.name.includes('/geo/authorities')
					? 'res:register'
					: r.name.includes('maplibre-gl-worker')
						? 'res:worker'
						: r.name.includes('.json')
							? `res:${new URL(r.name).pathname}`
							: r.transferSize > 150_000 || r.encodedBodySize > 150_000
								? 'res:big-script'
								: null;
			if (name) {
				t[`${name} start`] ??= r.startTime;
				t[`${name} end`] ??= r.responseEnd;
			}
		}
		const long = (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([start]) => start < readyAt);
		t['longtasks:count'] = long.length;
		t['longtasks:total ms'] = long.reduce((sum, [, d]) => sum + d, 0);
		long
			.sort((a, b) => b[1] - a[1])
			.slice(0, 4)
			.forEach(([start, d], i) => (t[`longtask#${i + 1} (at ${Math.round(start)})`] = d));
		return t;
	}, readyAt);
}

const explorerReady = () => {
	const hook = window.__mapTestHook;
	const code = hook?.codes()[0];
	return hook && code && hook.idle() && hook.featureState(code).fill ? performance.now() : false;
};
const blankReady = () => Number(document.body.dataset.mapReadyAt) || false;

async function once(path: string, ready: () => unknown): Promise<Timeline> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(observe);
	await page.goto(url + path, { waitUntil: 'commit' });
	const t = await timeline(page, ready);
	await context.close();
	return t;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function report(title: string, all: Timeline[]) {
	console.log(`\n${title} (median of ${all.length})`);
	const keys = [...new Set(all.flatMap(Object.keys))].filter((k) => !k.startsWith('longtask#'));
	const rows = keys.map((k) => [k, median(all.map((t) => t[k]).filter((v) => v !== undefined))] as const);
	const timeRows = rows.filter(([k]) => !k.startsWith('longtasks')).sort((a, b) => a[1] - b[1]);
	for (const [k, v] of timeRows) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
	for (const [k, v] of rows.filter(([k]) => k.startsWith('longtasks'))) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
	const longest = all.map((t) =>
		Object.entries(t)
			.filter(([k]) => k.startsWith('longtask#'))
			.map(([k, v]) => `${k}: ${v.toFixed(0)}`)
			.join(', ')
	);
	console.log(`  longest tasks, run 1: ${longest[0]}`);
}

const browser = await chromium.launch(chromiumLaunchOptions);
try {
	await once('/?vintage=2012', explorerReady);
	const explorer: Timeline[] = [];
	const blank: Timeline[] = [];
	for (let i = 0; i < runs; i++) {
		explorer.push(await once('/?vintage=2012', explorerReady));
		blank.push(await once('/fixtures/blank-map', blankReady));
	}
	report('explorer /?vintage=2012', explorer);
	report('blank map /fixtures/blank-map', blank);
} finally {
	await browser.close();
	await target.stop();
}
