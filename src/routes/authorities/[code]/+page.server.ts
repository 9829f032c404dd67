// A council's page, rendered on the server (works without JavaScript, printable). An unknown code is a
// 404 that suggests close matches; a lower-case code redirects to the canonical upper-case address.
import { error, redirect } from '@sveltejs/kit';
import { listInitiativesNaming } from '#lib/server/initiatives.ts';
import { readRegister } from '#lib/server/register.ts';
import { authorityStatsFor } from '#lib/server/stats.ts';
import { authorityLabel, createResolver } from '#lib/domain/resolveAuthority.ts';
import type { PageServerLoad } from './$types';
import { ancestorsOf, authorityInitiatives } from '../_register/authorityInitiatives.ts';
import { closeMatches } from '../_register/closeMatches.ts';

/** A page lists this many initiatives, most recent first; the table view and exports have them all. */
const shownAtMost = 25;

export const load: PageServerLoad = async ({ params, locals }) => {
	const register = await readRegister();
	const code = params.code.toUpperCase();
	const authority = register.find((a) => a.code === code);
	if (!authority) {
		// A council's name in the address (/authorities/westminster) goes to its page when it is unambiguous.
		const resolved = createResolver(register).resolve(decodeURIComponent(params.code).replace(/[-_+]/g, ' '));
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
	const related = [...authority.predecessors, ...authority.successors, ...(authority.parent ? [authority.parent] : [])];
	// Only the councils the page names (partners, and the predecessors initiatives came through), not the whole register.
	const named = new Set([...direct.flatMap((initiative) => initiative.participations.map((p) => p.code)), ...inherited.map(({ via }) => via)]);
	const labels = (codes: Iterable<string>) => Object.fromEntries([...codes].flatMap((c) => (byCode.has(c) ? [[c, authorityLabel(byCode.get(c)!)]] : [])));
	return {
		authority,
		direct,
		inherited,
		total,
		shownAtMost,
		// Every published initiative naming the council, not only those shown (authority_stats).
		savings: stats?.savings ?? [],
		related: labels(related),
		// County councils are named as such, so Somerset County Council and Somerset are told apart.
		names: labels(named),
		programmeNames,
		categoryNames
	};
};
