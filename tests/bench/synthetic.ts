// A synthetic but realistic initiative set over the real authority codes, for scaling benchmarks:
// most arrangements join 2-4 neighbouring councils, a long tail joins dozens; a third report savings.
import type { Authority } from '#lib/domain/authority.ts';

export interface SyntheticInitiative {
	id: string;
	slug: string;
	name: string;
	programme: string;
	category: string;
	status: string;
	startYear: number;
	annualSavings: number;
	members: string[];
}

/** Mulberry32: small, fast and deterministic, so every run benchmarks the same data. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function partnerCount(rand: () => number): number {
	const u = rand();
	if (u < 0.45) return 2;
	if (u < 0.7) return 3;
	if (u < 0.85) return 4;
	// Pareto tail: a few county-wide or regional consortia of 5 to 40 councils.
	return Math.min(40, Math.floor(5 / Math.pow(1 - rand(), 0.8)));
}

export function generateInitiatives(
	count: number,
	register: Authority[],
	programmes: string[],
	categories: string[],
	seed = 1
): SyntheticInitiative[] {
	const rand = random(seed);
	const drawn = register.filter((a) => a.vintages.includes('2012'));
	const byRegion = new Map<string, Authority[]>();
	for (const authority of drawn) byRegion.set(authority.region, [...(byRegion.get(authority.region) ?? []), authority]);
	const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
	return Array.from({ length: count }, (_, n) => {
		const lead = pick(drawn);
		const members = new Set([lead.code]);
		const wanted = partnerCount(rand);
		const nearby = [...(lead.neighbours['2012'] ?? []), ...(byRegion.get(lead.region) ?? []).map((a) => a.code)];
		for (let tries = 0; members.size < wanted && tries < wanted * 10; tries++) members.add(rand() < 0.85 ? pick(nearby) : pick(drawn).code);
		const id = `syn${n.toString(36).padStart(12, '0')}`;
		return {
			id,
			slug: `synthetic-${n}`,
			name: `Synthetic arrangement ${n}`,
			// The seed is mostly shared services in no programme (an empty programme); keep that skew.
			programme: rand() < 0.8 ? '' : pick(programmes),
			category: pick(categories),
			status: pick(['operational', 'operational', 'operational', 'planned', 'ended', 'unknown']),
			startYear: 2005 + Math.floor(rand() * 16),
			annualSavings: rand() < 0.33 ? Math.round(Math.exp(11 + rand() * 3)) : 0,
			members: [...members]
		};
	});
}
