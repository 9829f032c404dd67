import { describe, expect, it } from 'vitest';
import { currentVintage } from '../domain/authority.ts';
import { placeInitiatives } from '../domain/placeInitiatives.ts';
import { seedInitiatives } from '../../../tests/support/seedInitiatives.ts';
import { partnerActivity } from './partnerActivity.ts';
import { rankPartners } from './rankPartners.ts';

// Real seed rows on the real register: an established partnership in one service against neighbours
// that run the chosen service with other councils.
const peterborough = 'E06000031';
const blackpool = 'E06000009';

async function rank(rows: string[], target: string, category: { slug: string; name: string } | null) {
	const { register, initiatives } = await seedInitiatives(rows);
	const byCode = new Map(register.map((a) => [a.code, a]));
	const activity = partnerActivity(placeInitiatives(initiatives, byCode, currentVintage), category?.slug ?? null);
	return rankPartners(byCode.get(target)!, register, currentVintage, activity, category?.name ?? null);
}

const reason = (suggestion: { reasons: { factor: string; detail: string }[] } | undefined, factor: string) =>
	suggestion?.reasons.find((r) => r.factor === factor)?.detail;

describe('rankPartners on seed rows', () => {
	const other = { slug: 'other', name: 'Other' };

	it('puts the council Peterborough shares senior management with first when looking for another service', async () => {
		const ranked = await rank(['peterborough-cambridgeshire-shared-management', 'welland-partnership'], peterborough, other);
		expect(ranked[0].authority.name).toBe('Cambridgeshire');
		expect(reason(ranked[0], 'worksTogether')).toBe('already work together: Peterborough and Cambridgeshire shared senior management');
		// The runner-up borders Peterborough and runs this service with others: a good partner, not an established one.
		const north = ranked.find((s) => s.authority.name === 'North Northamptonshire');
		expect(reason(north, 'sharesService')).toBe('already shares this service (Other) with other councils: Welland Partnership');
		expect(reason(north, 'worksTogether')).toBeUndefined();
	});

	it('without the shared management row, Cambridgeshire falls below the neighbours', async () => {
		const ranked = await rank(['welland-partnership'], peterborough, other);
		expect(ranked[0].authority.name).not.toBe('Cambridgeshire');
	});

	it('puts Lancashire, Blackpool’s adoption partner, above a neighbour that shares the chosen service', async () => {
		const ranked = await rank(['adoption-lancashire-blackpool', 'city-coast-countryside-counter-fraud'], blackpool, {
			slug: 'finance_audit',
			name: 'Finance, audit and back office'
		});
		expect(ranked[0].authority.name).toBe('Lancashire');
		expect(reason(ranked[0], 'worksTogether')).toBe('already work together: Adoption Lancashire & Blackpool (regional adoption agency)');
		expect(
			reason(
				ranked.find((s) => s.authority.name === 'Fylde'),
				'sharesService'
			)
		).toBe('already shares this service (Finance, audit and back office) with other councils: City, Coast & Countryside Counter Fraud Partnership');
	});

	it('with any service, says so: no reason claims the council already shares “this service”', async () => {
		const ranked = await rank(['peterborough-cambridgeshire-shared-management', 'welland-partnership'], peterborough, null);
		expect(ranked[0].authority.name).toBe('Cambridgeshire');
		const details = ranked.flatMap((s) => s.reasons.map((r) => r.detail));
		expect(details.filter((d) => d.includes('this service'))).toEqual([]);
		expect(
			reason(
				ranked.find((s) => s.authority.name === 'North Northamptonshire'),
				'sharesService'
			)
		).toBe('already shares services with other councils: Welland Partnership');
		// The arrangement the two already run is stated once, as working together, not as one to join.
		expect(reason(ranked[0], 'sharesService')).toBeUndefined();
	});
});
