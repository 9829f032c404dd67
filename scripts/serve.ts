// Serves the built app (build/handler.js) at the origin in APP_ORIGIN. adapter-node 6 no longer reads
// ORIGIN and assumes https, which fails the CSRF check on plain-http form posts; pinning the protocol
// and host headers to the configured origin restores a fixed, trusted origin. Rendered responses are
// compressed here (scripts/lib/compressResponses.ts); adapter-node only precompresses static files.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cacheStatic } from './lib/cacheStatic.ts';
import { compressResponses } from './lib/compressResponses.ts';

const handlerPath = resolve(import.meta.dirname, '../build/handler.js');
if (!existsSync(handlerPath)) {
	console.error('error: the app is not built: run `npm run build:app` (or `npm start`, which builds it).');
	process.exit(1);
}
const origin = new URL(process.env.APP_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`);
process.env.PROTOCOL_HEADER = 'x-app-origin-proto';
process.env.HOST_HEADER = 'x-app-origin-host';
// Behind a reverse proxy (APP_TRUST_PROXY=1: one proxy hop), the visitor's address is the one the proxy
// put in X-Forwarded-For; without it, the socket's address. The app passes it on to PocketBase.
const hops = process.env.APP_TRUST_PROXY ?? '';
if (hops !== '' && hops !== '0') {
	if (!/^[1-9]$/.test(hops)) {
		console.error(`error: APP_TRUST_PROXY=${hops} is not a number of proxy hops (1-9, or 0 for none).`);
		process.exit(1);
	}
	process.env.ADDRESS_HEADER = 'x-forwarded-for';
	process.env.XFF_DEPTH = hops;
}

let handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
try {
	({ handler } = (await import(handlerPath)) as { handler: typeof handler });
} catch (error) {
	// SvelteKit validates src/env.ts here: say which variable is wrong, without a stack trace.
	console.error(`error: the app could not start: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}

const app = cacheStatic(resolve(import.meta.dirname, '../build/client'), compressResponses(handler));
const server = createServer((req, res) => {
	req.headers['x-app-origin-proto'] = origin.protocol.replace(':', '');
	req.headers['x-app-origin-host'] = origin.host;
	app(req, res);
});
server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(
		error.code === 'EADDRINUSE' ? `error: port ${process.env.PORT} is already in use: set APP_PORT to another port.` : `error: ${error.message}`
	);
	process.exit(1);
});
server.listen(Number(process.env.PORT || 3000), process.env.HOST || '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}
