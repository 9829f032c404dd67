// The partner finder's URL (?authority=<code or name>&category=<slug>) read into what to rank. Never throws:
// an unknown council or category falls back to "none chosen" or "any service" with a notice saying so, and a
// council that no longer exists is replaced by the one covering its area today.
import { currentVintage, type Authority } from '../domain/authority.ts';
import type { Notice } from '../domain/explorerState.ts';
import { standInsOn } from '../domain/placeInitiatives.ts';
import { resolverFor } from '../domain/resolveAuthority.ts';
import { successionNames } from '../domain/successionNames.ts';

export interface PartnersQuery {
	/** Code of a council on the current map, or null when none could be chosen. */
	authority: string | null;
	/** Category slug, or null for any service. */
	category: string | null;
	/** Councils to choose between when the one named was split between several. */
	choices: string[];
	notices: Notice[];
}

export const partnersParams = ['authority', 'category'] as const;

export function parsePartnersQuery(params: URLSearchParams, register: readonly Authority[], categories: readonly string[]): PartnersQuery {
	const notices: Notice[] = [];
	for (const key of new Set(params.keys())) {
		if (!(partnersParams as readonly string[]).includes(key)) notices.push({ param: key, message: `Ignored the unknown setting “${key}”.` });
	}
	return {
		...authorityFrom(params.get('authority'), register, notices),
		category: categoryFrom(params.getAll('category'), categories, notices),
		notices
	};
}

function authorityFrom(raw: string | null, register: readonly Authority[], notices: Notice[]): Pick<PartnersQuery, 'authority' | 'choices'> {
	const none = { authority: null, choices: [] };
	if (raw === null || raw.trim() === '') return none;
	const resolution = resolverFor(register).resolve(raw, Number(currentVintage));
	if (resolution.code === null) {
		notices.push({ param: 'authority', message: `Could not find that council: ${resolution.reason}. Choose a council below.` });
		return none;
	}
	const byCode = new Map(register.map((a) => [a.code, a]));
	const named = byCode.get(resolution.code)!;
	if (named.vintages.includes(currentVintage) && named.validTo === null) return { authority: named.code, choices: [] };
	const standIns = standInsOn(named.code, byCode, currentVintage);
	const ended = named.validTo ? ` in ${named.validTo.slice(0, 4)}` : '';
	if (standIns.length === 1) {
		const today = byCode.get(standIns[0])!;
		const names = successionNames(named, [today]);
		notices.push({
			param: 'authority',
			message: `${names.from} was replaced${ended}; showing partners for ${names.to[0]}, which covers its area now.`
		});
		return { authority: today.code, choices: [] };
	}
	const split = successionNames(
		named,
		standIns.map((code) => byCode.get(code)!)
	);
	const names = split.to.join(' and ');
	notices.push({
		param: 'authority',
		message:
			standIns.length > 1
				? `${split.from} was split${ended} between ${names}; choose one of them.`
				: `${named.name} no longer exists and no council stands for it; choose another.`
	});
	return { authority: null, choices: standIns };
}

function categoryFrom(values: string[], categories: readonly string[], notices: Notice[]): string | null {
	const given = values
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter((value) => value !== '');
	if (given.length === 0) return null;
	if (given.length > 1) notices.push({ param: 'category', message: `The partner finder looks at one service at a time; showing ${given[0]}.` });
	if (categories.includes(given[0])) return given[0];
	notices.push({ param: 'category', message: `There is no service category “${given[0]}”; showing partners for any service.` });
	return null;
}
