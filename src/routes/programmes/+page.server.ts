// The programmes, with how many published initiatives each has.
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { noProgramme, programmeKey } from '#lib/domain/noProgramme.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [programmes, initiatives] = await Promise.all([sharedProgrammes(locals), sharedPublishedInitiatives(locals)]);
	const counts = new Map<string, number>();
	for (const initiative of initiatives) counts.set(programmeKey(initiative), (counts.get(programmeKey(initiative)) ?? 0) + 1);
	return {
		programmes: programmes.map((programme) => ({ ...programme, initiatives: counts.get(programme.slug) ?? 0 })),
		sharedServices: counts.get(noProgramme) ?? 0
	};
};
