// Reads the authority register the geo pipeline wrote (static/geo/manifest.json → authorities.<hash>.json).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Authority } from '#lib/domain/authority.ts';

const geoDir = resolve(import.meta.dirname, '../../../static/geo');

export async function readRegister(dir: string = geoDir): Promise<Authority[]> {
	let manifest: { authorities?: string };
	try {
		manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(`The authority register is missing (${join(dir, 'manifest.json')}): run npm run build:geo first.`);
		}
		throw error;
	}
	if (!manifest.authorities) throw new Error(`${join(dir, 'manifest.json')} names no authorities file: run npm run build:geo again.`);
	return JSON.parse(await readFile(join(dir, manifest.authorities), 'utf8')) as Authority[];
}
