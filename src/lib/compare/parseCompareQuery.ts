// The comparison's URL (?codes=A,B,C, or the picker form's repeated codes=…) read into two to four councils.
// Never throws: unknown names, repeats and extras are dropped with a notice saying so. Former councils are
// allowed, as comparing a council with its successor is a fair question.
import type { Authority } from '../domain/authority.ts';
import type { Notice } from '../domain/explorerState.ts';
import { resolverFor } from '../domain/resolveAuthority.ts';

export const maxCompared = 4;
export const minCompared = 2;

export interface CompareQuery {
	codes: string[];
	notices: Notice[];
}

export function parseCompareQuery(params: URLSearchParams, register: readonly Authority[], year: number): CompareQuery {
	const notices: Notice[] = [];
	for (const key of new Set(params.keys())) {
		if (key !== 'codes') notices.push({ param: key, message: `Ignored the unknown setting “${key}”.` });
	}
	const resolver = resolverFor(register);
	const codes: string[] = [];
	const given = params
		.getAll('codes')
		.flatMap((raw) => raw.split(','))
		.map((value) => value.trim())
		.filter((value) => value !== '');
	for (const value of given) {
		const resolved = resolver.resolve(value, year);
		if (resolved.code === null) notices.push({ param: 'codes', message: `Left out “${value}”: ${resolved.reason}.` });
		else if (codes.includes(resolved.code))
			notices.push({ param: 'codes', message: `${resolved.authority.name} was named twice; it is shown once.` });
		else codes.push(resolved.code);
	}
	if (codes.length > maxCompared) {
		const dropped = codes.splice(maxCompared).map((code) => register.find((a) => a.code === code)!.name);
		notices.push({ param: 'codes', message: `Up to ${maxCompared} councils can be compared; left out ${dropped.join(', ')}.` });
	}
	if (given.length > 0 && codes.length < minCompared) {
		notices.push({ param: 'codes', message: `Choose at least ${minCompared} councils to compare.` });
	}
	return { codes, notices };
}
