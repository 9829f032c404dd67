// Compresses what SvelteKit renders (pages, JSON, CSV, GeoJSON) for clients that accept it: the explorer's
// HTML carries the register and its initiatives, about 490 KB as text and a tenth of that as brotli.
// Static files are not touched: the build precompresses them and they arrive already encoded.
// Every write is flushed through the compressor, so a streamed page (the explorer sends its initiatives
// after the page) still reaches the browser in parts, not all at once when the stream ends.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function compressResponses(handler: Handler): Handler {
	const compress = compression({ flush: constants.Z_SYNC_FLUSH, brotli: { flush: constants.BROTLI_OPERATION_FLUSH } });
	return (req, res) => compress(req, res, () => handler(req, res));
}
