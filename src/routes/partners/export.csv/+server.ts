// The partner finder's suggestions as CSV: every current council ranked, each factor's points and reason.
import { json } from '@sveltejs/kit';
import { partnersCsv } from '#lib/partners/partnersCsv.ts';
import type { RequestHandler } from './$types';
import { findPartners } from '../_finder/findPartners.server.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const found = await findPartners(locals, url.searchParams);
	if (!found.target) {
		const message = 'Choose a council: add ?authority=<GSS code or name> (and optionally &category=<service slug>).';
		return json({ status: 400, message, notices: found.query.notices }, { status: 400 });
	}
	const csv = partnersCsv(found.suggestions, { target: found.target, category: found.category?.name ?? null, exportedAt: new Date().toISOString() });
	const filename = `partners-${found.target.code}${found.category ? `-${found.category.slug}` : ''}.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'public, max-age=60'
		}
	});
};
