// The one authority-name resolver (seed, import, forms, search): a council name as people write it
// → the GSS code valid in the initiative's year. Never silently the successor: a former council's name
// resolves to the former council, whatever the year.
import type { Authority } from './authority.ts';
import { editDistance } from './editDistance.ts';

export type ResolvableAuthority = Pick<Authority, 'code' | 'name' | 'aliases' | 'kind' | 'validFrom' | 'validTo'>;

/** A row of the project's alias table (data/seed/aliases.csv): names the register's own aliases miss. */
export interface Alias {
	alias: string;
	code: string;
	note: string;
}

export type Resolution = { code: string; authority: ResolvableAuthority } | { code: null; reason: string; suggestions: string[] };

export interface Resolver {
	/** `year` picks between councils of the same name; without one the December 2012 councils win. */
	resolve(name: string, year?: number | null): Resolution;
	/** Typeahead: best matches first (exact, prefix, word prefix, substring, near spelling). */
	search(query: string, limit?: number): ResolvableAuthority[];
}

/** The year used when an initiative gives none: the 2012 boundary vintage. */
export const defaultResolutionYear = 2012;

/** How a council is written in files: counties carry "County Council" (the seed's convention), others their plain name. */
export function authorityLabel(authority: Pick<Authority, 'name' | 'kind'>): string {
	return authority.kind === 'county' && !/ county council$/i.test(authority.name) ? `${authority.name} County Council` : authority.name;
}

const codePattern = /^[EWSN]\d{8}$/i;

const designations = [
	'metropolitan borough council',
	'metropolitan district council',
	'city and district council',
	'royal borough council',
	'borough council',
	'district council',
	'city council',
	'county council',
	'unitary authority',
	'council'
];
// "County Durham" ↔ "Durham County Council": the leading "county " goes too.
const prefixes = ['the ', 'london borough of ', 'royal borough of ', 'borough of ', 'city and county of ', 'city of ', 'county of ', 'county '];

/** Case, accents, apostrophes, &/and, St./Saint, hyphens and punctuation folded away. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/&/g, ' and ')
		.replace(/\bsaint\b/g, 'st')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The name without "City of", ", County of", "London Borough of" or a "… Council" designation. */
function looseKey(name: string): { key: string; county: boolean } {
	let key = normaliseName(name.replace(/,\s*(city|county) of\s*$/i, ''));
	let county = false;
	for (const designation of designations) {
		if (key.endsWith(` ${designation}`)) {
			county = designation === 'county council';
			key = key.slice(0, -designation.length - 1);
			break;
		}
	}
	for (const prefix of prefixes) {
		if (key.startsWith(prefix) && key.length > prefix.length) key = key.slice(prefix.length);
	}
	return { key, county };
}

/** validTo is the day the change took effect (the register's convention), so it is exclusive. */
function validOn(authority: ResolvableAuthority, date: string): boolean {
	return (authority.validFrom === null || authority.validFrom <= date) && (authority.validTo === null || authority.validTo > date);
}

/** Days between the date and the authority's period (0 inside it), for picking the nearest when none is valid. */
function distance(authority: ResolvableAuthority, date: string): number {
	const day = Date.parse(date);
	if (authority.validTo !== null && authority.validTo < date) return day - Date.parse(authority.validTo);
	if (authority.validFrom !== null && authority.validFrom > date) return Date.parse(authority.validFrom) - day;
	return 0;
}

/** What to do about a name with no close match, for people using the site's forms, pages and import. */
const unknownNameHint = 'check the spelling against the ONS name, or give its GSS code';

const resolvers = new WeakMap<readonly ResolvableAuthority[], Resolver>();

/**
 * The resolver over a register that never changes once read (the register file): indexed on first use and
 * kept as long as the register is, since building the index costs more than a page that reads one name.
 */
export function resolverFor(register: readonly ResolvableAuthority[]): Resolver {
	let resolver = resolvers.get(register);
	if (!resolver) resolvers.set(register, (resolver = createResolver(register)));
	return resolver;
}

/** `unknownName` replaces that advice where another fix is open to the reader (the seed's maintainers can add an alias). */
export function createResolver(authorities: readonly ResolvableAuthority[], aliases: readonly Alias[] = [], unknownName = unknownNameHint): Resolver {
	const byCode = new Map(authorities.map((authority) => [authority.code, authority]));
	const exact = new Map<string, Set<string>>();
	const loose = new Map<string, Set<string>>();
	const add = (index: Map<string, Set<string>>, key: string, code: string) => {
		if (!index.has(key)) index.set(key, new Set());
		index.get(key)!.add(code);
	};
	const names: { code: string; name: string; key: string }[] = [];
	const indexName = (name: string, code: string) => {
		add(exact, normaliseName(name), code);
		const { key } = looseKey(name);
		add(loose, key, code);
		names.push({ code, name, key });
	};
	for (const authority of authorities) {
		for (const name of [authority.name, authorityLabel(authority), ...authority.aliases]) indexName(name, authority.code);
	}
	for (const alias of aliases) {
		if (byCode.has(alias.code)) indexName(alias.alias, alias.code);
	}

	const suggestionsFor = (name: string): string[] => {
		const { key } = looseKey(name);
		const scored = new Map<string, number>();
		for (const entry of names) {
			const score = editDistance(key, entry.key) / Math.max(key.length, entry.key.length, 1);
			const contained = key.length >= 4 && (entry.key.includes(key) || key.includes(entry.key));
			const value = contained ? Math.min(score, 0.3) : score;
			if (value <= 0.4 && value < (scored.get(entry.code) ?? Infinity)) scored.set(entry.code, value);
		}
		return [...scored]
			.sort((a, b) => a[1] - b[1])
			.slice(0, 3)
			.map(([code]) => `${authorityLabel(byCode.get(code)!)} (${code})`);
	};

	const choose = (codes: Set<string>, county: boolean, year: number): Resolution => {
		let candidates = [...codes].map((code) => byCode.get(code)!);
		// "Kent County Council" means the county; a plain name means the unitary or district of that name.
		const byKind = candidates.filter((authority) => (authority.kind === 'county') === county);
		if (byKind.length > 0) candidates = byKind;
		if (candidates.length === 1) return { code: candidates[0].code, authority: candidates[0] };
		const date = `${year}-12-31`;
		const valid = candidates.filter((authority) => validOn(authority, date));
		if (valid.length === 1) return { code: valid[0].code, authority: valid[0] };
		if (valid.length === 0) {
			const nearest = [...candidates].sort((a, b) => distance(a, date) - distance(b, date));
			if (distance(nearest[0], date) < distance(nearest[1], date)) return { code: nearest[0].code, authority: nearest[0] };
		}
		const listed = (valid.length > 0 ? valid : candidates).map((authority) => `${authorityLabel(authority)} (${authority.code})`);
		return { code: null, reason: `matches more than one council in ${year}: ${listed.join(', ')}; write the GSS code instead`, suggestions: listed };
	};

	const resolveUncached = (name: string, year: number | null | undefined): Resolution => {
		const trimmed = name.trim();
		const when = year ?? defaultResolutionYear;
		if (trimmed === '') return { code: null, reason: 'the council name is empty', suggestions: [] };
		if (codePattern.test(trimmed)) {
			const authority = byCode.get(trimmed.toUpperCase());
			if (authority) return { code: authority.code, authority };
			return { code: null, reason: `no council in the register has the code “${trimmed}”`, suggestions: [] };
		}
		const { key, county } = looseKey(trimmed);
		const codes = exact.get(normaliseName(trimmed)) ?? loose.get(key);
		if (codes) return choose(codes, county, when);
		const suggestions = suggestionsFor(trimmed);
		const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(' or ')}?` : `; ${unknownName}`;
		return { code: null, reason: `no council is called “${trimmed}”${hint}`, suggestions };
	};

	// Per resolver, not module state: a large import repeats the same names many times. Bounded, since a
	// resolver shared by the pages (resolverFor) is asked whatever names visitors put in addresses.
	const memo = new Map<string, Resolution>();
	const memoLimit = 5000;

	const resolve = (name: string, year: number | null | undefined): Resolution => {
		const key = `${year ?? defaultResolutionYear}\u0000${name}`;
		let found = memo.get(key);
		if (!found) {
			if (memo.size >= memoLimit) memo.clear();
			memo.set(key, (found = resolveUncached(name, year)));
		}
		return found;
	};

	return {
		resolve,

		search(query, limit = 10) {
			const { key } = looseKey(query);
			if (key === '') return [];
			const upper = query.trim().toUpperCase();
			const ranked = new Map<string, number>();
			const rank = (code: string, value: number) => {
				if (value < (ranked.get(code) ?? Infinity)) ranked.set(code, value);
			};
			if (byCode.has(upper)) rank(upper, 0);
			for (const entry of names) {
				if (entry.key === key) rank(entry.code, 0);
				else if (entry.key.startsWith(key)) rank(entry.code, 1);
				else if (entry.key.split(' ').some((word) => word.startsWith(key))) rank(entry.code, 2);
				else if (entry.key.includes(key)) rank(entry.code, 3);
				else if (key.length >= 4 && editDistance(key, entry.key.slice(0, key.length)) <= 1) rank(entry.code, 4);
			}
			const today = new Date().toISOString().slice(0, 10);
			return [...ranked]
				.map(([code, value]) => ({ authority: byCode.get(code)!, value }))
				.sort(
					(a, b) =>
						a.value - b.value ||
						Number(validOn(b.authority, today)) - Number(validOn(a.authority, today)) ||
						a.authority.name.localeCompare(b.authority.name)
				)
				.slice(0, limit)
				.map(({ authority }) => authority);
		}
	};
}
