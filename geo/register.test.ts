import { describe, expect, it } from 'vitest';
import type { CodeChange } from './codeChanges.ts';
import { register, type RegisterVintage } from './register.ts';
import { successors } from './successors.ts';

const box = (x: number) => ({ centroid: [x, 0] as [number, number], bbox: [x - 1, -1, x + 1, 1] as [number, number, number, number] });
const sw = { region: 'E12000009', regionName: 'South West' };

function vintage(name: '2012' | '2024', entries: [string, string, string | null][], population: number): RegisterVintage {
	return {
		vintage: name,
		year: Number(name),
		entries: new Map(entries.map(([code, label, parent]) => [code, { name: label, parent, ...sw }])),
		neighbours: new Map(entries.map(([code]) => [code, [`${code}-n${name}`]])),
		placements: new Map(entries.map(([code], i) => [code, box(i)])),
		place: (codes) => box(codes.length * 100),
		population: new Map(entries.map(([code]) => [code, population]))
	};
}

const v2012 = vintage(
	'2012',
	[
		['E07000190', 'Taunton Deane', 'E10000027'],
		['E07000191', 'West Somerset', 'E10000027'],
		['E10000027', 'Somerset', null],
		['E07000112', 'Shepway', 'E10000016']
	],
	12
);
const v2024 = vintage(
	'2024',
	[
		['E06000066', 'Somerset', null],
		['E07000112', 'Folkestone and Hythe', 'E10000016']
	],
	24
);
const change = (oldCode: string, newCode: string | null, newName: string | null, year: number, type: CodeChange['type'] = 'merger'): CodeChange => ({
	oldCode,
	oldName: oldCode,
	newCode,
	newName,
	type,
	year,
	file: 'changes.csv'
});
const changes = [
	change('E07000190', 'E07000246', 'Somerset West and Taunton', 2019),
	change('E07000191', 'E07000246', 'Somerset West and Taunton', 2019),
	change('E07000246', 'E06000066', 'Somerset', 2023),
	change('E10000027', null, null, 2023, 'termination')
];
const first = new Map([...v2012.entries].map(([code, entry]) => [code, entry.parent]));
const lineage = successors(changes, first, new Set(v2024.entries.keys()));
const records = register([v2012, v2024], lineage, changes);
const byCode = new Map(records.map((r) => [r.code, r]));

describe('register', () => {
	it('has one record per code across both vintages, sorted', () => {
		expect(records.map((r) => r.code)).toEqual(['E06000066', 'E07000112', 'E07000190', 'E07000191', 'E07000246', 'E10000027']);
		expect(byCode.get('E07000112')!.vintages).toEqual(['2012', '2024']);
	});

	it('names an authority as in its latest vintage and keeps older names as aliases', () => {
		expect(byCode.get('E07000112')?.name).toBe('Folkestone and Hythe');
		expect(byCode.get('E07000112')?.aliases).toContain('Shepway');
	});

	it('records neighbours and population per vintage', () => {
		expect(byCode.get('E07000112')!.neighbours).toEqual({ '2012': ['E07000112-n2012'], '2024': ['E07000112-n2024'] });
		expect(byCode.get('E07000112')!.population).toEqual([
			{ year: 2012, value: 12 },
			{ year: 2024, value: 24 }
		]);
	});

	it('derives kind, tier and parent from the code', () => {
		expect(byCode.get('E10000027')).toMatchObject({ kind: 'county', tier: 'upper', parent: null });
		expect(byCode.get('E07000190')).toMatchObject({ kind: 'non-metropolitan district', tier: 'lower', parent: 'E10000027' });
		expect(byCode.get('E06000066')).toMatchObject({ kind: 'unitary', tier: 'single', parent: null });
	});

	it('describes an authority drawn in no vintage from its predecessors and the change table', () => {
		expect(byCode.get('E07000246')).toMatchObject({
			name: 'Somerset West and Taunton',
			vintages: [],
			neighbours: {},
			population: [],
			parent: 'E10000027',
			region: 'E12000009',
			validFrom: '2019-04-01',
			validTo: '2023-04-01',
			predecessors: ['E07000190', 'E07000191'],
			successors: ['E06000066'],
			...box(200)
		});
	});
});
