// Typeahead for the authority picker: the shared resolver's search over the register (signed-in users only).
import { json } from '@sveltejs/kit';
import { authorityLabel } from '#lib/domain/resolveAuthority.ts';
import { authorityResolver } from '#lib/server/authorityResolver.ts';
import { requireUser } from '#lib/server/session.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireUser(event);
	const query = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	const matches = (await authorityResolver()).search(query, 10);
	const ended = (validTo: string | null) => (validTo ? ` (until ${validTo.slice(0, 4)})` : '');
	return json(matches.map((a) => ({ code: a.code, name: a.name, label: `${authorityLabel(a)}${ended(a.validTo)} – ${a.code}` })));
};
