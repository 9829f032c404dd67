import { describe, expect, it } from 'vitest';
import { countedInitiatives, isCountedSeparately, relatedInitiatives, validateRelations, type Relation } from './relations.ts';

const link = (from: string, relation: Relation['relation'], to: string): Relation => ({ from, relation, to, sourceUrl: '', note: '' });
const relations = [
	link('hf-rbkc', 'part_of', 'tri-borough'),
	link('tri-legal', 'part_of', 'tri-borough'),
	link('west-dorset-weymouth', 'succeeded_by', 'dorset-tri'),
	link('dorset-tri', 'part_of', 'dorset-wide')
];
const slugs = (list: string[]) => list.map((slug) => ({ slug }));

describe('countedInitiatives', () => {
	const cases: [string, string[], string[]][] = [
		['counts a parent once, not again with its parts', ['tri-borough', 'hf-rbkc', 'tri-legal'], ['tri-borough']],
		['counts a part when its parent is not in the set', ['hf-rbkc', 'tri-legal'], ['hf-rbkc', 'tri-legal']],
		['counts a successor, not its predecessor', ['west-dorset-weymouth', 'dorset-tri'], ['dorset-tri']],
		['counts a predecessor whose successor is filtered out', ['west-dorset-weymouth'], ['west-dorset-weymouth']],
		['follows chains of links', ['west-dorset-weymouth', 'dorset-wide'], ['dorset-wide']],
		['counts unrelated initiatives and keeps their order', ['b', 'a', 'hf-rbkc'], ['b', 'a', 'hf-rbkc']],
		['counts nothing in an empty set', [], []]
	];
	it.each(cases)('%s', (_, set, counted) => {
		expect(countedInitiatives(slugs(set), relations).map((i) => i.slug)).toEqual(counted);
	});
	it('answers the same for one initiative as for the set', () => {
		expect(isCountedSeparately('hf-rbkc', new Set(['hf-rbkc', 'tri-borough']), relations)).toBe(false);
		expect(isCountedSeparately('hf-rbkc', new Set(['hf-rbkc']), relations)).toBe(true);
	});
});

describe('relatedInitiatives', () => {
	it('lists a parent with its parts and an arrangement with its successor', () => {
		expect(relatedInitiatives('tri-borough', relations).parts.map((r) => r.from)).toEqual(['hf-rbkc', 'tri-legal']);
		expect(relatedInitiatives('hf-rbkc', relations).partOf.map((r) => r.to)).toEqual(['tri-borough']);
		expect(relatedInitiatives('dorset-tri', relations).succeeded.map((r) => r.from)).toEqual(['west-dorset-weymouth']);
		expect(relatedInitiatives('west-dorset-weymouth', relations).succeededBy.map((r) => r.to)).toEqual(['dorset-tri']);
	});
});

describe('validateRelations', () => {
	const known = new Set(['a', 'b', 'c']);
	const row = (line: number, from_id: string, relation: string, to_id: string) => ({
		line,
		cells: { from_id, relation, to_id, source_url: 'https://example.org/x', note: '' }
	});
	it('reads good rows', () => {
		expect(validateRelations([row(2, 'a', 'part_of', 'b')], known)).toEqual({
			relations: [{ from: 'a', relation: 'part_of', to: 'b', sourceUrl: 'https://example.org/x', note: '' }],
			problems: []
		});
	});
	it.each([
		['an unknown initiative', [row(2, 'a', 'part_of', 'zz')], { line: 2, column: 'to_id', reason: 'no initiative has the id “zz”' }],
		[
			'an unknown relation',
			[row(2, 'a', 'child_of', 'b')],
			{ line: 2, column: 'relation', reason: '“child_of” is not a relation; use part_of or succeeded_by' }
		],
		['a self link', [row(2, 'a', 'part_of', 'a')], { line: 2, column: 'to_id', reason: 'an initiative cannot be related to itself' }],
		[
			'two parents',
			[row(2, 'a', 'part_of', 'b'), row(3, 'a', 'part_of', 'c')],
			{ line: 3, column: 'from_id', reason: '“a” already has a part_of link on line 2; an initiative has at most one of each' }
		],
		[
			'a loop',
			[row(2, 'a', 'succeeded_by', 'b'), row(3, 'b', 'succeeded_by', 'c'), row(4, 'c', 'succeeded_by', 'a')],
			{ line: 2, column: 'to_id', reason: 'following succeeded_by from “a” comes back to it; links must not loop' }
		],
		[
			'a javascript: source',
			[{ line: 2, cells: { ...row(2, 'a', 'part_of', 'b').cells, source_url: 'javascript:alert(1)' } }],
			{
				line: 2,
				column: 'source_url',
				reason: '“javascript:alert(1)” is not a web address; it must start with http:// or https:// and contain no spaces'
			}
		],
		[
			'a NUL byte in the note',
			[{ line: 2, cells: { ...row(2, 'a', 'part_of', 'b').cells, note: 'part\u0000of' } }],
			{ line: 2, column: 'note', reason: 'contains a control character (U+0000), which cannot be stored; remove it (retyping the text usually does)' }
		]
	])('reports %s and keeps nothing', (_, rows, problem) => {
		const result = validateRelations(rows, known);
		expect(result.relations).toEqual([]);
		expect(result.problems[0]).toEqual(problem);
	});
});
