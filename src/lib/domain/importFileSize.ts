// The largest CSV file the import takes: it must fit, with the form around it, under the app server's
// request limit (adapter-node's BODY_SIZE_LIMIT, 512 kB), past which the server refuses a request before
// the import sees it. The browser checks before uploading; the server checks again.
export const maxImportBytes = 500_000;

/** What to tell someone whose file is too large, or null when it fits. */
export function importTooLarge(bytes: number): string | null {
	return bytes > maxImportBytes ? `The file is ${Math.round(bytes / 1000)} kB; split it into files under ${maxImportBytes / 1000} kB.` : null;
}
