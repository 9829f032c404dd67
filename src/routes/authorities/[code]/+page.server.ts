// A council's page, rendered on the server (works without JavaScript, printable). An unknown code is a
// 404 that suggests close matches; a lower-case code redirects to the canonical upper-case address.
import { error, redirect } from '@sveltejs/kit';
import { listInitiativesNaming } from '#lib/server/initiatives.ts';
import { readNamedRegister } from '#lib/server/authorityResolver.ts';
import { abolishedOn } from '#lib/domain/authority.ts';
import { authorityStatsFor } from '#lib/server/stats.ts';
import { authorityLabel, resolverFor } from '#lib/domain/resolveAuthority.ts';
import { successionNames } from '#lib/domain/successionNames.ts';
import type { PageServerLoad } from './$types';
import { ancestorsOf, authorityInitiatives } from '../_register/authorityInitiatives.ts';
import { closeMatches } from '../_register/closeMatches.ts';

/** A page lists this many initiatives, most recent first; the table view and exports have them all. */
const shownAtMost = 25;

export const load: PageServerLoad = async ({ params, locals }) => {
	const register = await readNamedRegister();
	const code = params.code.toUpperCase();
	const authority = register.find((a) => a.code === code);
	if (!authority) {
		// A council's name in the address (/authorities/westminster) goes to its page when it is unambiguous.
		const resolved = resolverFor(register).resolve(decodeURIComponent(params.code).replace(/[-_+]/g, ' '));
		if (resolved.code) redirect(307, `/authorities/${resolved.code}`);
		const suggestions = closeMatches(params.code, register);
		error(404, { status: 404, message: `No council has the code “${params.code}”.`, suggestions });
	}
	if (code !== params.code) redirect(308, `/authorities/${code}`);
	const byCode = new Map(register.map((a) => [a.code, a]));
	const councils = [code, ...ancestorsOf(code, byCode)];
	const [{ initiatives, ids, total, programmeNames, categoryNames }, stats] = await Promise.all([
		listInitiativesNaming(locals.pb, councils, shownAtMost),
		authorityStatsFor(locals.pb, code)
	]);
	// For the page cache (hooks.server.ts): this page changes when these initiatives do, or when one naming these councils comes or goes.
	locals.shows = { councils, initiatives: ids };
	const { direct, inherited } = authorityInitiatives(code, initiatives, byCode);
	// Only the partners the page names, not the whole register.
	const named = new Set(direct.flatMap((initiative) => initiative.participations.map((p) => p.code)));
	const labels = (codes: Iterable<string>) =>
		Object.fromEntries([...codes].flatMap((c) => (byCode.has(c) ? [[c, authorityLabel(byCode.get(c)!)]] : [])));
	// The councils before and after this one are named apart from it (Somerset County Council → Somerset Council).
	const beside = (codes: string[], direction: 'forward' | 'backward') => {
		const known = codes.filter((c) => byCode.has(c));
		const names = successionNames(
			authority,
			known.map((c) => byCode.get(c)!),
			direction
		).to;
		return Object.fromEntries(known.map((c, i) => [c, names[i]]));
	};
	return {
		authority,
		/** The day the council ceased to exist; null while it exists or where it only took a new code. */
		abolished: abolishedOn(authority.code, (c) => byCode.get(c)),
		direct,
		inherited,
		total,
		shownAtMost,
		related: {
			...(authority.parent ? labels([authority.parent]) : {}),
			...beside(authority.predecessors, 'backward'),
			...beside(authority.successors, 'forward')
		},
		/** The predecessors initiatives came through, named apart from this council. */
		through: beside([...new Set(inherited.map(({ via }) => via))], 'backward'),
		// Every published initiative naming the council, not only those shown (authority_stats).
		savings: stats?.savings ?? [],
		// County councils are named as such, so Somerset County Council and Somerset are told apart.
		names: labels(named),
		programmeNames,
		categoryNames
	};
};
