import { describe, expect, it } from 'vitest';
import { figure, initiative } from '../../../../tests/support/register.ts';
import { arrangementTotals, authorityTotals, savingsTotals, storedTotals, totalFor } from './savingsTotals.ts';

const tri = ['E09000033', 'E09000020', 'E09000013'];

describe('savingsTotals', () => {
	it('never adds figures of different kind or period, and lists achieved before target, annual before cumulative', () => {
		const totals = savingsTotals([
			{ kind: 'target', period: 'annual', amount: 5 },
			{ kind: 'achieved', period: 'cumulative', amount: 7 },
			{ kind: 'achieved', period: 'annual', amount: 1, basis: 'own' },
			{ kind: 'achieved', period: 'annual', amount: 2, basis: 'equal' },
			{ kind: 'unclear', period: 'unclear', amount: 3 }
		]);
		expect(totals.map((t) => [t.kind, t.period, t.amount, t.count, t.own])).toEqual([
			['achieved', 'annual', 3, 2, 1],
			['target', 'annual', 5, 1, 0],
			['achieved', 'cumulative', 7, 1, 0],
			['unclear', 'unclear', 3, 1, 0]
		]);
		expect(totalFor(totals, { kind: 'avoided', period: 'annual' })).toBeNull();
	});

	it('totals arrangements by their whole figures and a council by its shares', () => {
		const initiatives = [
			initiative('a', tri, { savings: [figure(300, 'achieved', 'annual'), figure(90, 'achieved', 'annual', { scope: 'E09000033' })] }),
			initiative('b', tri.slice(0, 2), { savings: [figure(50, 'target', 'cumulative')] })
		];
		expect(arrangementTotals(initiatives, []).map((t) => [t.kind, t.period, t.amount, t.count])).toEqual([
			['achieved', 'annual', 300, 1],
			['target', 'cumulative', 50, 1]
		]);
		expect(authorityTotals(initiatives, 'E09000033', []).map((t) => [t.kind, t.period, t.amount, t.own])).toEqual([
			['achieved', 'annual', 90, 1],
			['target', 'cumulative', 25, 0]
		]);
		expect(authorityTotals(initiatives, 'E09000013', []).map((t) => [t.kind, t.period, t.amount, t.own])).toEqual([['achieved', 'annual', 100, 0]]);
	});

	it('counts a part or a predecessor once, with the arrangement that covers it, only when that one is in the set', () => {
		const link = (from: string, relation: 'part_of' | 'succeeded_by', to: string) => ({ from, relation, to, sourceUrl: '', note: '' });
		const relations = [link('part', 'part_of', 'whole'), link('before', 'succeeded_by', 'after')];
		const whole = initiative('whole', tri, { savings: [figure(300, 'achieved', 'annual')] });
		const part = initiative('part', tri.slice(0, 2), { savings: [figure(100, 'achieved', 'annual')] });
		const before = initiative('before', tri.slice(0, 2), { savings: [figure(40, 'achieved', 'annual')] });
		const after = initiative('after', tri, { savings: [figure(60, 'achieved', 'annual')] });
		const achieved = (set: ReturnType<typeof initiative>[]) => arrangementTotals(set, relations).map((t) => [t.amount, t.count]);
		expect(achieved([whole, part, before, after])).toEqual([[360, 2]]);
		expect(achieved([part, before])).toEqual([[140, 2]]);
		expect(achieved([whole, part])).toEqual([[300, 1]]);
		expect(achieved([before, after])).toEqual([[60, 1]]);
	});

	it('credits a council in both a part and its parent with its share of the parent only', () => {
		const relations = [{ from: 'part', relation: 'part_of' as const, to: 'whole', sourceUrl: '', note: '' }];
		const whole = initiative('whole', tri, { savings: [figure(300, 'achieved', 'annual')] });
		const part = initiative('part', tri.slice(0, 2), { savings: [figure(100, 'achieved', 'annual')] });
		const shares = (set: ReturnType<typeof initiative>[]) => authorityTotals(set, 'E09000033', relations).map((t) => [t.amount, t.count]);
		expect(shares([whole, part])).toEqual([[100, 1]]);
		expect(shares([part])).toEqual([[50, 1]]);
	});
});

describe('storedTotals', () => {
	it('reads the aggregates’ JSON in the views’ order and drops what is malformed', () => {
		const raw = [
			{ kind: 'target', period: 'annual', amount: 5, count: 1 },
			{ kind: 'achieved', period: 'annual', amount: 2.5, count: 2, own: 1 },
			{ kind: 'saved', period: 'annual', amount: 1, count: 1 },
			{ kind: 'achieved', period: 'cumulative', amount: '7', count: 1 },
			null
		];
		expect(storedTotals(raw)).toEqual([
			{ kind: 'achieved', period: 'annual', amount: 2.5, count: 2, own: 1 },
			{ kind: 'target', period: 'annual', amount: 5, count: 1, own: 0 }
		]);
		expect(storedTotals(null)).toEqual([]);
	});
});
