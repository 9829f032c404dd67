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

export async function readRegister(dir: string = geoDir()): Promise<Authority[]> {
	let manifest: unknown;
	try {
		manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(`The authority register is missing (${join(dir, 'manifest.json')}): run npm run build:geo first.`, { cause: error });
		}
		throw error;
	}
	const named = manifest !== null && typeof manifest === 'object' && 'authorities' in manifest ? manifest.authorities : undefined;
	if (typeof named !== 'string' || named === '') throw new Error(`${join(dir, 'manifest.json')} names no authorities file: run npm run build:geo again.`);
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
const withoutNeighboursText = new WeakMap<Authority[], string>();

/**
 * The register as JSON text without neighbour lists (the explorer does not use them): the explorer's page
 * parses this text itself, because serialising 400 authorities as objects cost more than rendering the page.
 */
export async function readRegisterWithoutNeighboursJson(dir: string = geoDir()): Promise<string> {
	const register = await readRegister(dir);
	let text = withoutNeighboursText.get(register);
	if (text === undefined) {
		text = JSON.stringify(register.map(({ neighbours: _, ...authority }) => ({ ...authority, neighbours: {} })));
		withoutNeighboursText.set(register, text);
	}
	return text;
}
