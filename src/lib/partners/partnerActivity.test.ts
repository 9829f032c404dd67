import { describe, expect, it } from 'vitest';
import { placeInitiatives } from '../domain/placeInitiatives.ts';
import { figure, initiative, register } from '../../../tests/support/register.ts';
import { partnerActivity } from './partnerActivity.ts';

const initiatives = [
	initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013'], {
		category: 'management_team',
		savings: [figure(40_000_000, 'achieved', 'annual')]
	}),
	initiative('wcc-rbkc-legal', ['E09000033', 'E09000020'], { category: 'legal' }),
	initiative('td-ws-shared', ['E07000190', 'E07000191'], { category: 'legal', savings: [figure(1_000_000, 'achieved', 'cumulative')] }),
	initiative('mendip-westminster', ['E07000187', 'E09000033'], { category: 'planning' }),
	initiative('westminster-alone', ['E09000033'], { category: 'legal', savings: [figure(5, 'achieved', 'annual')] })
];
const on2024 = placeInitiatives(initiatives, register, '2024');

describe('partnerActivity', () => {
	it('lists each council’s arrangements in the category', () => {
		const activity = partnerActivity(on2024, 'legal');
		expect(activity.get('E09000033')?.arrangements).toEqual([
			{ slug: 'wcc-rbkc-legal', name: 'wcc-rbkc-legal', codes: ['E09000033', 'E09000020'], ended: false }
		]);
		expect(activity.get('E09000013')?.arrangements).toEqual([]);
	});

	it('credits the council that now covers a merged-away partner', () => {
		const somerset = partnerActivity(on2024, 'planning').get('E06000066');
		expect(somerset?.arrangements.map((a) => a.slug)).toEqual(['mendip-westminster']);
		expect(partnerActivity(on2024, 'planning').has('E07000187')).toBe(false);
	});

	it('drops an arrangement whose partners all merged into one council, but keeps its savings record', () => {
		const somerset = partnerActivity(on2024, 'legal').get('E06000066');
		expect(somerset?.arrangements).toEqual([]);
		expect(somerset?.withSavings).toBe(1);
	});

	it('ignores a project of one council: there is nothing to join', () => {
		const westminster = partnerActivity(on2024, 'legal').get('E09000033')!;
		expect(westminster.arrangements.map((a) => a.slug)).not.toContain('westminster-alone');
		expect(westminster.withSavings).toBe(1);
	});

	it('counts arrangements with savings of either kind in every category', () => {
		const activity = partnerActivity(on2024, 'legal');
		expect(activity.get('E09000020')?.withSavings).toBe(1);
		expect(activity.get('E06000066')?.withSavings).toBe(1);
	});

	it('lists every arrangement in any service with the councils it joins, whatever the category chosen', () => {
		const westminster = partnerActivity(on2024, 'legal').get('E09000033')!;
		expect(westminster.anyService.map((a) => [a.slug, a.codes])).toEqual(
			[
				['tri-borough', ['E09000033', 'E09000020', 'E09000013']],
				['wcc-rbkc-legal', ['E09000033', 'E09000020']],
				['mendip-westminster', ['E07000187', 'E09000033']]
			].map(([slug, codes]) => [slug, slug === 'mendip-westminster' ? ['E06000066', 'E09000033'] : codes])
		);
	});

	it('marks an arrangement the sources report ended', () => {
		const ended = placeInitiatives([initiative('gone', ['E09000033', 'E09000020'], { status: 'ended' })], register, '2024');
		expect(partnerActivity(ended, null).get('E09000020')?.anyService[0].ended).toBe(true);
	});

	it('takes every category when none is chosen', () => {
		expect(
			partnerActivity(on2024, null)
				.get('E09000033')
				?.arrangements.map((a) => a.slug)
		).toEqual(['tri-borough', 'wcc-rbkc-legal', 'mendip-westminster']);
	});
});
