// compression ships no types (and @types/compression pulls in Express's); only what scripts/lib/compressResponses.ts uses.
declare module 'compression' {
	import type { IncomingMessage, ServerResponse } from 'node:http';
	import type { BrotliOptions, ZlibOptions } from 'node:zlib';
	function compression(
		options?: ZlibOptions & { brotli?: BrotliOptions; threshold?: number | string }
	): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
	export default compression;
}
