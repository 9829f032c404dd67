import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { authorities as register } from '../../../tests/support/register.ts';
import { file, savingsFile, tauntonMendip, triBorough, triBoroughSavings } from '../../../tests/support/imports.ts';
import { seed } from './seed.ts';
import { seedDir, SeedError } from './seedTable.ts';

/** A client that fails the test if the seed touches PocketBase at all. */
const untouchable = new Proxy(
	{},
	{
		get: () => {
			throw new Error('the seed wrote to PocketBase');
		}
	}
) as PocketBase;

function seedFolder(initiatives: string, savings = savingsFile()): string {
	const dir = mkdtempSync(join(tmpdir(), 'seed-'));
	for (const name of ['programmes.csv', 'categories.csv', 'aliases.csv']) copyFileSync(join(seedDir, name), join(dir, name));
	writeFileSync(join(dir, 'initiatives.csv'), initiatives);
	writeFileSync(join(dir, 'savings.csv'), savings);
	return dir;
}

describe('seed', () => {
	it('stops before writing anything and lists every council name it cannot resolve', async () => {
		const dir = seedFolder(
			file({ ...triBorough, councils: 'Westminster; Atlantis' }, { ...tauntonMendip, councils: 'Tanton Dean; Mendip', lead_council: '' })
		);
		const error = await seed(untouchable, register, dir).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(SeedError);
		expect((error as SeedError).problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
			'2: “Atlantis”: no council is called “Atlantis”; check the spelling against the ONS name, give its GSS code, or add the name to data/seed/aliases.csv',
			'3: “Tanton Dean”: no council is called “Tanton Dean”; did you mean Taunton Deane (E07000190)?'
		]);
		expect((error as Error).message).toMatch(/has 2 problems; nothing was written:\n {2}line 2, column councils: “Atlantis”/);
	});
});

describe('seed savings', () => {
	it('stops before writing anything when a savings figure is malformed, naming savings.csv', async () => {
		const dir = seedFolder(file(triBorough, tauntonMendip), savingsFile({ ...triBoroughSavings, kind: 'projected' }));
		const error = await seed(untouchable, register, dir).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(SeedError);
		expect((error as Error).message).toMatch(
			/savings\.csv has 1 problem; nothing was written:\n {2}line 2, column savings sheet: kind: the kind must be one of achieved, target, avoided, unclear/
		);
	});
});
