// "Beyond one machine": nginx (Debian's nginx-light) as a caching reverse proxy in front of the app,
// keeping what the app's Cache-Control allows (s-maxage, immutable data files) and revalidating with its
// ETags. Its access log records each request's cache status, from which the hit ratio is counted.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/ports.ts';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? null;

export async function startCachingProxy(appUrl: string, dir: string) {
	if (!nginxBinary) return null;
	mkdirSync(join(dir, 'cache'), { recursive: true });
	const port = await freePort();
	const log = join(dir, 'access.log');
	// Its workers must reach the cache folder, private to the user running the bench (root here).
	const runAs = process.getuid?.() === 0 ? 'user root root;\n' : '';
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;
${runAs}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
	log_format status '$upstream_cache_status $status $request_uri';
	access_log ${log} status;
	proxy_cache_path ${join(dir, 'cache')} levels=1:2 keys_zone=app:16m max_size=256m inactive=10m use_temp_path=off;
	upstream app { server ${new URL(appUrl).host}; keepalive 64; }
	server {
		listen 127.0.0.1:${port};
		location / {
			proxy_pass http://app;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host $http_host;
			proxy_cache app;
			proxy_cache_revalidate on;
			proxy_cache_lock on;
			proxy_cache_use_stale updating error timeout;
			proxy_cache_bypass $cookie_pb_auth;
			proxy_no_cache $cookie_pb_auth;
			add_header X-Proxy-Cache $upstream_cache_status;
		}
	}
}
`
	);
	const child = spawn(nginxBinary, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
	const exited = new Promise((resolve) => child.once('exit', resolve));
	let up = false;
	for (let tries = 0; tries < 50 && !up && child.exitCode === null; tries++) {
		up = await fetch(`http://127.0.0.1:${port}/health`).then(
			() => true,
			() => new Promise((resolve) => setTimeout(() => resolve(false), 100))
		);
	}
	if (!up) {
		console.error('nginx did not start: the proxy figures are left out');
		if (child.exitCode === null) child.kill('SIGKILL');
		return null;
	}
	return {
		url: `http://127.0.0.1:${port}`,
		pid: child.pid!,
		/** Requests by cache status (HIT, MISS, EXPIRED, REVALIDATED, UPDATING, STALE, BYPASS, - for uncached), and by route. */
		statuses() {
			const counts: Record<string, number> = {};
			const byRoute: Record<string, Record<string, number>> = {};
			for (const line of readFileSync(log, 'utf8').split('\n')) {
				if (!line) continue;
				const [status, , uri] = line.split(' ');
				counts[status] = (counts[status] ?? 0) + 1;
				const route = uri.startsWith('/authorities/')
					? 'council'
					: uri.startsWith('/initiatives/')
						? 'initiative'
						: uri.split(/[/?]/)[1] || 'explorer';
				(byRoute[route] ??= {})[status] = (byRoute[route][status] ?? 0) + 1;
			}
			return { counts, byRoute };
		},
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
