// SSR throughput: server-rendered authority pages per second against a static asset from the same
// server, in the same run. Goal: ratio >= 0.5.
import { bypassCache } from './apiScaling.ts';
import { measureHttp } from './measureHttp.ts';

export async function ssrThroughput(appUrl: string, codes: string[], seconds = 10) {
	const page = await measureHttp({ url: appUrl, paths: codes.map((code) => `/authorities/${code}`), connections: 10, seconds });
	const asset = await measureHttp({ url: appUrl, paths: ['/favicon.svg'], connections: 10, seconds });
	// Reported beside the goal, not part of it: what rendering every request costs.
	const uncached = await measureHttp({
		url: appUrl,
		paths: codes.map((code) => `/authorities/${code}`),
		connections: 10,
		seconds,
		headers: bypassCache
	});
	return {
		pageRps: page.rps,
		assetRps: asset.rps,
		ratio: page.rps / asset.rps,
		uncachedPageRps: uncached.rps,
		errors: page.errors + asset.errors + uncached.errors
	};
}
