// The programmes collection, read back as domain Programme records.
import type PocketBase from 'pocketbase';
import type { Programme } from '#lib/domain/initiative.ts';

export function programmeRecord(programme: Programme) {
	return {
		slug: programme.slug,
		theme: programme.theme,
		name: programme.name,
		summary: programme.summary,
		priorities: programme.priorities,
		how_to_get_involved: programme.howToGetInvolved,
		expected_savings_text: programme.expectedSavingsText,
		expected_savings_min: programme.expectedSavingsMin ?? 0,
		expected_savings_max: programme.expectedSavingsMax ?? 0,
		period: programme.period,
		source: programme.source
	};
}

/** A programmes record: what programmeRecord writes, with its id. */
export type ProgrammeRecord = ReturnType<typeof programmeRecord> & { id: string };

export function toProgramme(record: ProgrammeRecord): Programme {
	return {
		slug: record.slug,
		theme: record.theme,
		name: record.name,
		summary: record.summary,
		priorities: record.priorities ?? [],
		howToGetInvolved: record.how_to_get_involved,
		expectedSavingsText: record.expected_savings_text,
		expectedSavingsMin: record.expected_savings_min || null,
		expectedSavingsMax: record.expected_savings_max || null,
		period: record.period,
		source: record.source
	};
}

/** Every programme with its record id, by slug. */
export async function programmeRecords(pb: PocketBase): Promise<Map<string, { id: string; programme: Programme }>> {
	const records = await pb.collection('programmes').getFullList<ProgrammeRecord>({ sort: 'slug', requestKey: null });
	return new Map(records.map((record) => [record.slug, { id: record.id, programme: toProgramme(record) }]));
}

export async function listProgrammes(pb: PocketBase): Promise<Programme[]> {
	return [...(await programmeRecords(pb)).values()].map(({ programme }) => programme);
}

/** Every programme, read once per data version and shared by every public render of it (pageCache.ts, `memo`). */
export const sharedProgrammes = (locals: Pick<App.Locals, 'pb' | 'memo'>) => locals.memo('programmes', () => listProgrammes(locals.pb));
