import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentVintage } from '#lib/domain/authority.ts';
import { authorities as register } from '../../../tests/support/register.ts';
import { authorityResolver } from './authorityResolver.ts';

const current = Number(currentVintage);

describe('authorityResolver on the register file and data/seed/aliases.csv', () => {
	it.each([
		['Bucks', current, 'E06000060'],
		['Bucks County Council', 2015, 'E10000002'],
		['Stoke', current, 'E06000021'],
		['B&NES', current, 'E06000022'],
		['Buckinghamshire Council', current, 'E06000060'],
		['Hull', null, 'E06000010']
	])('resolves %s (%s) to %s, with no PocketBase to ask', async (name, year, code) => {
		expect((await authorityResolver()).resolve(name, year).code).toBe(code);
	});

	it('suggests a council by a name only the alias table gives', async () => {
		expect((await authorityResolver()).search('Bucks', 10).map((authority) => authority.code)).toContain('E06000060');
	});
});

describe('authorityResolver on other files', () => {
	const geo = mkdtempSync(join(tmpdir(), 'resolver-geo-'));
	writeFileSync(join(geo, 'manifest.json'), JSON.stringify({ authorities: 'authorities.fixture.json' }));
	writeFileSync(join(geo, 'authorities.fixture.json'), JSON.stringify(register));
	const seed = mkdtempSync(join(tmpdir(), 'resolver-seed-'));
	writeFileSync(join(seed, 'aliases.csv'), 'alias,code,note\nShepway DC,E07000112,the district council’s former short name\n');

	it.each([
		['Shepway DC', 2012, 'E07000112'],
		['Bristol City Council', null, 'E06000023'],
		['Bucks', current, null]
	])('resolves %s (%s) to %s from the register and alias table it is given', async (name, year, code) => {
		expect((await authorityResolver({ geo, seed })).resolve(name, year).code).toBe(code);
	});
});
