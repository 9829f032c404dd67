import { describe, expect, it } from 'vitest';
import { readCodeChanges } from './codeChanges.ts';
import { parseCsv } from './parseCsv.ts';

const fields = { old: ['oldcd'], oldName: ['oldnm'], new: ['newcd'], newName: ['newnm'], type: ['type'], year: ['start'] };
const table = parseCsv(`oldcd,oldnm,newcd,newnm,type,start
E07000100,St Albans,E07000240,St Albans,new_code,2012
E07000190,Taunton Deane,E07000246,Somerset West and Taunton,merger,2019
E10000027,Somerset,,,termination,2023
E06000014,York,E47000012,York and North Yorkshire,new_geo,2024
S12000015,Fife,S12000047,Fife,new_code,2018
E08000016,Barnsley,E08000038,Barnsley,new_code,2025
`);

describe('readCodeChanges', () => {
	it('keeps council mergers, re-codings and terminations between the two vintages', () => {
		const changes = readCodeChanges(table, 'changes.csv', fields, 2012, 2024);
		expect(changes.map((c) => [c.oldCode, c.newCode, c.type, c.year])).toEqual([
			['E07000190', 'E07000246', 'merger', 2019],
			['E10000027', null, 'termination', 2023]
		]);
	});

	it('stops on a merger whose successor is not a council code', () => {
		const bad = parseCsv('oldcd,oldnm,newcd,newnm,type,start\nE07000190,Taunton Deane,,,merger,2019\n');
		expect(() => readCodeChanges(bad, 'changes.csv', fields, 2012, 2024)).toThrow('changes.csv: code E07000190 has an unknown successor ""');
	});
});
