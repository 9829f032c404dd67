// A council's page, rendered on the server (works without JavaScript, printable). An unknown code is a
// 404 that suggests close matches; a lower-case code redirects to the canonical upper-case address.
import { error, redirect } from '@sveltejs/kit';
import { listInitiativesNaming } from '#lib/server/initiatives.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { listCategories } from '#lib/server/categories.ts';
import { readRegister } from '#lib/server/register.ts';
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
	const [{ initiatives, total }, programmes, categories] = await Promise.all([
		listInitiativesNaming(locals.pb, [code, ...ancestorsOf(code, byCode)], shownAtMost),
		listProgrammes(locals.pb),
		listCategories(locals.pb)
	]);
	const related = [...authority.predecessors, ...authority.successors, ...(authority.parent ? [authority.parent] : [])];
	return {
		authority,
		...authorityInitiatives(code, initiatives, byCode),
		total,
		shownAtMost,
		related: Object.fromEntries(related.flatMap((c) => (byCode.has(c) ? [[c, authorityLabel(byCode.get(c)!)]] : []))),
		// County councils are named as such, so Somerset County Council and Somerset are told apart.
		names: Object.fromEntries(register.map((a) => [a.code, authorityLabel(a)])),
		programmes,
		categories
	};
};
