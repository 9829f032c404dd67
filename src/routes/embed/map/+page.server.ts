// /embed/map?<explorer state>: any explorer view as a map other sites can frame.
import type { PageServerLoad } from './$types';
import { loadEmbed } from '../_embed/loadEmbed.server.ts';

export const load: PageServerLoad = async (event) => {
	const { explorer: _, ...data } = await loadEmbed(event);
	return data;
};
