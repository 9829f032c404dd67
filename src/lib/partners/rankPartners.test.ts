import { describe, expect, it } from 'vitest';
import type { Authority } from '../domain/authority.ts';
import { rankPartners, type PartnerActivity } from './rankPartners.ts';
import { partnerWeights } from './partnerWeights.ts';

// A hand-made county with three districts, a neighbouring unitary, a far unitary and a district merged away.
function authority(code: string, overrides: Partial<Authority>): Authority {
	return {
		code,
		name: code,
		aliases: [],
		kind: 'non-metropolitan district',
		tier: 'lower',
		region: 'E12000009',
		regionName: 'South West',
		parent: 'E10000001',
		validFrom: null,
		validTo: null,
		predecessors: [],
		successors: [],
		vintages: ['2024'],
		neighbours: { '2024': [] },
		centroid: [-3, 51],
		bbox: [-3.1, 50.9, -2.9, 51.1],
		population: [],
		...overrides
	};
}

const county = authority('E10000001', { name: 'Shire', kind: 'county', tier: 'upper', parent: null });
const alpha = authority('E07000001', { name: 'Alpha', neighbours: { '2024': ['E07000002', 'E06000001'] } });
const beta = authority('E07000002', { name: 'Beta', centroid: [-3.2, 51], neighbours: { '2024': ['E07000001'] } });
const gamma = authority('E07000003', { name: 'Gamma', centroid: [-3.2, 51] });
const unitary = authority('E06000001', { name: 'Unitary', kind: 'unitary', tier: 'single', parent: null, centroid: [-3.1, 51] });
const faraway = authority('E06000002', {
	name: 'Faraway',
	kind: 'unitary',
	tier: 'single',
	parent: null,
	region: 'E12000001',
	regionName: 'North East',
	centroid: [-1.6, 55]
});
const mergedAway = authority('E07000004', { name: 'Merged', validTo: '2019-03-31', vintages: ['2012'], neighbours: { '2012': ['E07000001'] } });
const register = [county, alpha, beta, gamma, unitary, faraway, mergedAway];
const none = new Map<string, PartnerActivity>();

describe('rankPartners', () => {
	it('never suggests the authority itself or a council that no longer exists', () => {
		const codes = rankPartners(alpha, register, '2024', none, null).map((s) => s.authority.code);
		expect(codes).not.toContain('E07000001');
		expect(codes).not.toContain('E07000004');
	});

	it('ranks a neighbouring district above a non-neighbouring one at the same distance', () => {
		const ranked = rankPartners(alpha, register, '2024', none, null).map((s) => s.authority.name);
		expect(ranked.indexOf('Beta')).toBeLessThan(ranked.indexOf('Gamma'));
	});

	it('explains each point it awards', () => {
		const beta_ = rankPartners(alpha, register, '2024', none, null).find((s) => s.authority.code === 'E07000002')!;
		expect(beta_.reasons.map((r) => r.factor)).toEqual(['neighbour', 'sameRegion', 'compatibleTier', 'proximity']);
		expect(beta_.score).toBeCloseTo(
			beta_.reasons.reduce((sum, r) => sum + r.points, 0),
			5
		);
		expect(beta_.reasons.find((r) => r.factor === 'sameRegion')?.detail).toBe('also in South West');
	});

	it('treats a district and its own county as compatible tiers, and a unitary as not', () => {
		const ranked = rankPartners(alpha, register, '2024', none, null);
		const tiers = (code: string) => ranked.find((s) => s.authority.code === code)!.reasons.some((r) => r.factor === 'compatibleTier');
		expect(tiers('E10000001')).toBe(true);
		expect(tiers('E06000001')).toBe(false);
	});

	it('lifts a council that already shares the service, naming the arrangement it could join', () => {
		const shireRb = { slug: 'shire-rb', name: 'Shire revenues partnership', codes: ['E07000003', 'E07000002'], ended: false };
		const activity = new Map([['E07000003', { arrangements: [shireRb], anyService: [shireRb], withSavings: 1 }]]);
		const order = (ranked: { authority: Authority }[]) => ranked.map((s) => s.authority.name);
		expect(order(rankPartners(alpha, register, '2024', none, null)).indexOf('Gamma')).toBeGreaterThan(
			order(rankPartners(alpha, register, '2024', none, null)).indexOf('Shire')
		);
		const ranked = rankPartners(alpha, register, '2024', activity, 'Revenues and benefits');
		expect(order(ranked).indexOf('Gamma')).toBeLessThan(order(ranked).indexOf('Shire'));
		const gamma_ = ranked.find((s) => s.authority.name === 'Gamma')!;
		expect(gamma_.reasons.find((r) => r.factor === 'sharesService')?.detail).toBe(
			'already shares this service (Revenues and benefits) with other councils: Shire revenues partnership'
		);
		expect(gamma_.reasons.find((r) => r.factor === 'reportedSavings')?.points).toBe(partnerWeights.reportedSavings);
	});

	it('puts a council it already works with, in another service, above a neighbour sharing the chosen one', () => {
		// Same county, 35 km off, no shared boundary.
		const beyond = authority('E07000020', { name: 'Partner', centroid: [-2.5, 51] });
		const joint = (slug: string, codes: string[], ended = false) => ({ slug, name: `${slug} arrangement`, codes, ended });
		const planning = joint('planning', ['E07000001', 'E07000020']);
		const activity = new Map([
			['E07000020', { arrangements: [], anyService: [planning, joint('audit', ['E07000001', 'E07000020'], true)], withSavings: 0 }],
			[
				'E07000002',
				{ arrangements: [joint('rb', ['E07000002', 'E07000003'])], anyService: [joint('rb', ['E07000002', 'E07000003'])], withSavings: 1 }
			]
		]);
		const ranked = rankPartners(alpha, [...register, beyond], '2024', activity, 'Revenues and benefits');
		expect(ranked[0].authority.name).toBe('Partner');
		expect(ranked[0].reasons[0]).toEqual({
			factor: 'worksTogether',
			points: partnerWeights.worksTogether,
			detail: 'already work together: planning arrangement; audit arrangement (ended)'
		});
		expect(ranked[1].authority.name).toBe('Beta');
	});

	it('says a partnership is over when every arrangement the two ran has ended', () => {
		const ended = { slug: 'old', name: 'Old shared audit', codes: ['E07000001', 'E07000003'], ended: true };
		const ranked = rankPartners(
			alpha,
			register,
			'2024',
			new Map([['E07000003', { arrangements: [ended], anyService: [ended], withSavings: 0 }]]),
			'Finance'
		);
		const gamma_ = ranked.find((s) => s.authority.name === 'Gamma')!;
		expect(gamma_.reasons.map((r) => r.detail)).toContain('have worked together: Old shared audit (ended)');
		// An arrangement the target is already in is not one it could join.
		expect(gamma_.reasons.some((r) => r.factor === 'sharesService')).toBe(false);
	});

	it('gives no proximity points beyond the distance horizon', () => {
		const far = rankPartners(alpha, register, '2024', none, null).find((s) => s.authority.code === 'E06000002')!;
		expect(far.distanceKm).toBeGreaterThan(partnerWeights.distanceHorizonKm);
		expect(far.reasons).toEqual([]);
		expect(far.score).toBe(0);
	});

	it('breaks equal scores by distance, then by name', () => {
		const twinA = authority('E07000010', { name: 'Twin A', region: 'E12000001', parent: 'E10000099', centroid: [-1, 53] });
		const twinB = authority('E07000011', { name: 'Twin B', region: 'E12000001', parent: 'E10000099', centroid: [-1, 53] });
		const nearer = authority('E07000012', { name: 'Zed', region: 'E12000001', parent: 'E10000099', centroid: [-1, 52.9] });
		const ranked = rankPartners(alpha, [alpha, twinB, nearer, twinA], '2024', none, null);
		// all three score the same (compatible tier only, no proximity): nearer first, then alphabetical
		expect(ranked.map((s) => s.authority.name)).toEqual(['Zed', 'Twin A', 'Twin B']);
	});
});
