import { describe, expect, it } from 'vitest';
import { figure, initiative, register } from '../../../tests/support/register.ts';
import { compareAuthorities } from './compareAuthorities.ts';

const initiatives = [
	initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013'], {
		category: 'management_team',
		savings: [figure(40_000_000, 'achieved', 'annual')]
	}),
	initiative('wcc-rbkc-legal', ['E09000033', 'E09000020'], {
		category: 'legal',
		savings: [figure(3_000_000, 'target', 'cumulative'), figure(500_000, 'achieved', 'annual')]
	}),
	initiative('td-ws-revenues', ['E07000190', 'E07000191'], { category: 'revenues_benefits', savings: [figure(1_000_000, 'achieved', 'cumulative')] }),
	initiative('somerset-waste', ['E06000066', 'E09000033'], { category: 'waste_environment' })
];

describe('compareAuthorities', () => {
	it('gives one column per known council, in the order asked', () => {
		const { columns } = compareAuthorities(['E09000020', 'E09000033', 'E99999999'], initiatives, register, []);
		expect(columns.map((c) => c.authority.name)).toEqual(['Kensington and Chelsea', 'Westminster']);
	});

	it('counts services and the most frequent partners', () => {
		const [westminster] = compareAuthorities(['E09000033'], initiatives, register, []).columns;
		expect(westminster.categories).toEqual([
			{ slug: 'legal', count: 1 },
			{ slug: 'management_team', count: 1 },
			{ slug: 'waste_environment', count: 1 }
		]);
		expect(westminster.partners).toEqual([
			{ code: 'E09000020', count: 2 },
			{ code: 'E06000066', count: 1 },
			{ code: 'E09000013', count: 1 }
		]);
	});

	it('gives each council its share per kind and period, never added across them', () => {
		const [kensington] = compareAuthorities(['E09000020'], initiatives, register, []).columns;
		expect(kensington.savings).toEqual([
			{ kind: 'achieved', period: 'annual', amount: 40_000_000 / 3 + 250_000, count: 2, own: 0 },
			{ kind: 'target', period: 'cumulative', amount: 1_500_000, count: 1, own: 0 }
		]);
	});

	it('includes what the councils it replaced took part in, after its own, saying through whom', () => {
		const [somerset] = compareAuthorities(['E06000066'], initiatives, register, []).columns;
		expect(somerset.initiatives.map((o) => [o.initiative.slug, o.via])).toEqual([
			['somerset-waste', null],
			['td-ws-revenues', 'E07000190']
		]);
		// Its own predecessors are not its partners.
		expect(somerset.partners).toEqual([{ code: 'E09000033', count: 1 }]);
	});

	it('lists the initiatives two or more of the compared councils share', () => {
		const { inCommon } = compareAuthorities(['E09000033', 'E09000020', 'E06000066'], initiatives, register, []);
		expect(inCommon.map((c) => [c.initiative.slug, c.codes])).toEqual([
			['tri-borough', ['E09000033', 'E09000020']],
			['wcc-rbkc-legal', ['E09000033', 'E09000020']],
			['somerset-waste', ['E09000033', 'E06000066']]
		]);
	});
});
