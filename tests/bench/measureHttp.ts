// One load run with autocannon, with exact latency percentiles (autocannon's own summary has no p95) over
// the successful answers, and a count of every other answer or socket error: a fast 429 or 503 must not
// make the percentiles look better.
import autocannon from 'autocannon';

export interface HttpFigures {
	/** Successful answers (2xx/3xx); the percentiles and rate are over these. */
	requests: number;
	errors: number;
	/** Count of answers by HTTP status, so a failed run says what failed. */
	statuses: Record<string, number>;
	rps: number;
	p50: number;
	p95: number;
	/** Answers by the page cache's x-cache header (hit, stale, miss, bypass; "none" when absent). */
	cache?: Record<string, number>;
	/** For stale answers, how far behind they were at most (the x-cache-lag header, ms). */
	lag?: { p50: number; p95: number; max: number };
}

export interface HttpRun {
	url: string;
	/** Paths to rotate through (each connection takes the next one per request). */
	paths: string[];
	connections: number;
	seconds: number;
	method?: 'GET' | 'POST' | 'PATCH';
	headers?: Record<string, string>;
	body?: () => string;
}

/** Browsers accept compressed answers, and the app compresses for them: measure that path, not plain text. */
const asBrowsers = { 'accept-encoding': 'gzip, deflate, br' };

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function measureHttp(run: HttpRun): Promise<HttpFigures> {
	const times: number[] = [];
	const statuses: Record<string, number> = {};
	const cache: Record<string, number> = {};
	const lags: number[] = [];
	let errors = 0;
	let next = 0;
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url: run.url,
				connections: run.connections,
				duration: run.seconds,
				requests: [
					{
						method: run.method ?? 'GET',
						headers: { ...asBrowsers, ...run.headers },
						setupRequest: (request: Record<string, unknown>) => ({ ...request, path: run.paths[next++ % run.paths.length], body: run.body?.() }),
						onResponse: (_status: number, _body: unknown, _context: unknown, headers: Record<string, string>) => {
							const outcome = headers['x-cache'] ?? 'none';
							cache[outcome] = (cache[outcome] ?? 0) + 1;
							if (headers['x-cache-lag'] !== undefined) lags.push(Number(headers['x-cache-lag']));
						}
					}
				]
			},
			(error: Error | null, result: { requests: { total: number }; duration: number; errors: number }) => {
				if (error) return reject(error);
				times.sort((a, b) => a - b);
				lags.sort((a, b) => a - b);
				resolve({
					cache,
					...(lags.length ? { lag: { p50: percentile(lags, 50), p95: percentile(lags, 95), max: lags[lags.length - 1] } } : {}),
					requests: times.length,
					statuses,
					errors: errors + result.errors,
					rps: times.length / result.duration,
					p50: percentile(times, 50),
					p95: percentile(times, 95)
				});
			}
		);
		instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
			statuses[status] = (statuses[status] ?? 0) + 1;
			if (status >= 400) errors++;
			else times.push(ms);
		});
	});
}
