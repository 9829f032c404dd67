import { startSeededApp } from '../support/appServer.ts';
import { seededUrls } from '../bench/publicUrls.ts';
const { pb, app, stop } = await startSeededApp();
try {
	const { urls } = await seededUrls(pb);
	for (const [route, list] of Object.entries(urls)) {
		for (const path of list.filter((_, i) => i % Math.ceil(list.length / 3) === 0).slice(0, 3)) {
			const t = performance.now();
			const r = await fetch(app.url + path);
			const body = await r.text();
			const ms = performance.now() - t;
			const t2 = performance.now();
			await (await fetch(app.url + path + (path.includes('?') ? '&' : '?') + 'zz=1')).text();
			const ms2 = performance.now() - t2;
			const data = body.match(/<script>[\s\S]*?<\/script>/g)?.map((s) => s.length).reduce((a, b) => a + b, 0) ?? 0;
			console.log(route.padEnd(10), path.slice(0, 70).padEnd(70), 'html', Math.round(body.length / 1024), 'KiB scripts', Math.round(data / 1024), 'KiB', Math.round(ms), Math.round(ms2), 'ms');
		}
	}
} finally {
	await stop();
}
