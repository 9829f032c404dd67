// Reads the authority register the geo pipeline wrote (static/geo/manifest.json → authorities.<hash>.json).
// Paths resolve from the working directory, the project root for every npm script and for the built
// server (import.meta.dirname would point inside build/ once bundled).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Authority } from '#lib/domain/authority.ts';

export const geoDir = () => resolve(process.cwd(), 'static/geo');

// The register file is content-hashed and never changes under its name, so one parse per file name is
// safe to share between requests (it carries no per-user state) and keeps pages off a 400 KB JSON parse.
const parsed = new Map<string, Promise<Authority[]>>();

// The manifest names the current files; it changes only when the geo pipeline runs again. One read shared
// by every request within a second: read per request, it was a file open on every page render.
const manifests = new Map<string, { readAt: number; text: Promise<string> }>();

/** static/geo/manifest.json's text, at most a second old. */
export function readManifestText(dir: string = geoDir()): Promise<string> {
	const now = performance.now();
	let kept = manifests.get(dir);
	if (!kept || now - kept.readAt > 1000) {
		kept = { readAt: now, text: readFile(join(dir, 'manifest.json'), 'utf8') };
		manifests.set(dir, kept);
		const failed = kept;
		kept.text.catch(() => manifests.get(dir) === failed && manifests.delete(dir));
	}
	return kept.text;
}

export async function readRegister(dir: string = geoDir()): Promise<Authority[]> {
	let manifest: unknown;
	try {
		manifest = JSON.parse(await readManifestText(dir));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(`The authority register is missing (${join(dir, 'manifest.json')}): run npm run build:geo first.`, { cause: error });
		}
		throw error;
	}
	const named = manifest !== null && typeof manifest === 'object' && 'authorities' in manifest ? manifest.authorities : undefined;
	if (typeof named !== 'string' || named === '')
		throw new Error(`${join(dir, 'manifest.json')} names no authorities file: run npm run build:geo again.`);
	const file = join(dir, named);
	let register = parsed.get(file);
	if (!register) {
		register = readFile(file, 'utf8').then((text) => JSON.parse(text) as Authority[]);
		parsed.set(file, register);
		register.catch(() => parsed.delete(file));
	}
	return register;
}

// Derived from one parsed register, so it is as safe to share as the parse itself.
const withoutNeighbours = new WeakMap<Authority[], Authority[]>();

/** The register with every neighbour list emptied (the explorer does not use them): the same array each time. */
export async function readRegisterWithoutNeighbours(dir: string = geoDir()): Promise<Authority[]> {
	const register = await readRegister(dir);
	let list = withoutNeighbours.get(register);
	if (list === undefined) {
		list = register.map(({ neighbours: _, ...authority }) => ({ ...authority, neighbours: {} }));
		withoutNeighbours.set(register, list);
	}
	return list;
}
