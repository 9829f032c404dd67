// Councils A to Z, and the search results page the council search box falls back to without JavaScript.
import { readNamedRegister } from '#lib/server/authorityResolver.ts';
import { resolverFor } from '#lib/domain/resolveAuthority.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const register = await readNamedRegister();
	const query = url.searchParams.get('q')?.trim() ?? '';
	const pick = ({ code, name, kind, regionName, validTo, vintages }: (typeof register)[number]) => ({
		code,
		name,
		kind,
		regionName,
		validTo,
		vintages
	});
	const byCode = new Map(register.map((a) => [a.code, a]));
	const matches = query
		? resolverFor(register)
				.search(query, 20)
				.map((a) => pick(byCode.get(a.code)!))
		: null;
	return { query, matches, authorities: register.map(pick).sort((a, b) => a.name.localeCompare(b.name)) };
};
