// /embed/authorities/<code>: a council's own map (its initiatives' partners outlined) for its website.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadEmbed } from '../../_embed/loadEmbed.server.ts';

export const load: PageServerLoad = async (event) => {
	const { explorer, ...data } = await loadEmbed(event);
	const code = event.params.code.toUpperCase();
	const authority = explorer.register.find((a) => a.code === code);
	if (!authority || authority.vintages.length === 0)
		error(404, { status: 404, message: `No council on the map has the code “${event.params.code}”.` });
	return { ...data, code, vintage: authority.vintages.includes('2012') ? '2012' : '2024' };
};
