import { describe, expect, it } from 'vitest';
import type { CodeChange } from './codeChanges.ts';
import { recodings } from './recodings.ts';

const fields = { code: ['LADCD'], name: ['LADNM'], latest: ['LADCD_ACTIVE'], latestName: ['LADNM_ACTIVE'] };
const row = (code: string, name: string, latest: string, latestName: string) => ({
	LADCD: code,
	LADNM: name,
	LADCD_ACTIVE: latest,
	LADNM_ACTIVE: latestName
});
const latest = {
	file: 'la_all_codes.csv',
	fields,
	rows: [
		row('E06000048', 'Northumberland', 'E06000057', 'Northumberland'),
		row('E07000190', 'Taunton Deane', 'E06000066', 'Somerset'),
		row('E07000100', 'St Albans', 'E07000240', 'St Albans'),
		row('E06000001', 'Hartlepool', 'E06000001', 'Hartlepool')
	]
};
const first = new Map([
	['E06000048', 'Northumberland'],
	['E07000190', 'Taunton Deane'],
	['E06000001', 'Hartlepool']
]);
const last = new Set(['E06000057', 'E06000066', 'E06000001', 'E07000240']);
const merger: CodeChange = {
	oldCode: 'E07000190',
	oldName: 'Taunton Deane',
	newCode: 'E07000246',
	newName: 'Somerset West and Taunton',
	type: 'merger',
	year: 2019,
	file: 'changes.csv'
};

describe('recodings', () => {
	it('infers a re-coding for a vanished first-vintage code whose latest code has the same name', () => {
		expect(recodings(latest, [merger], first, last, 2012)).toEqual([
			{
				oldCode: 'E06000048',
				oldName: 'Northumberland',
				newCode: 'E06000057',
				newName: 'Northumberland',
				type: 'new_code',
				year: 2013,
				file: 'la_all_codes.csv'
			}
		]);
	});

	it('infers nothing for codes the change tables already explain or that are not in the first vintage', () => {
		const explained: CodeChange = { ...merger, oldCode: 'E06000048', newCode: 'E06000057', type: 'new_code', year: 2013 };
		expect(recodings(latest, [merger, explained], first, last, 2012)).toEqual([]);
	});
});
