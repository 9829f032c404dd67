// The audit trail as the app reads it (written by pb_hooks/audit.pb.js; editors only), and the label the
// app puts on its own requests so the trail says whether a change came from a form or an import.
import type PocketBase from 'pocketbase';
import type { SendOptions } from 'pocketbase';
import type { Change, ChangeAction } from '#lib/domain/change.ts';
import { isUserRole } from '#lib/domain/user.ts';

export type Via = 'app' | 'import';

/**
 * Labels every request this client sends from now on. Informational only: the actor in the trail comes
 * from the auth token, which a caller cannot forge the way it can forge this header.
 */
export function labelRequests(pb: PocketBase, via: Via): PocketBase {
	const previous = pb.beforeSend;
	pb.beforeSend = async (url, options) => {
		const sent = previous ? await previous(url, options) : { url, options };
		const next: { url: string; options: SendOptions } = { url: sent.url ?? url, options: sent.options ?? options };
		next.options.headers = { ...next.options.headers, 'X-Audit-Via': via };
		return next;
	};
	return pb;
}

/** A changes record (the trail's field names). */
export interface ChangeRecord {
	id: string;
	collection: string;
	record: string;
	action: ChangeAction;
	actor: string;
	actor_name: string;
	/** The actor's role when the change was made (editor or contributor); empty for older changes and imports. */
	actor_role: string;
	/** The initiative the change belongs to (a relation's: its from end). */
	initiative: string;
	via: string;
	at: string;
	diff: Change['diff'] | null;
}

function toChange(record: ChangeRecord): Change {
	return {
		id: record.id,
		collection: record.collection,
		record: record.record,
		action: record.action,
		actor: record.actor,
		actorName: record.actor_name,
		actorRole: isUserRole(record.actor_role) ? record.actor_role : null,
		via: record.via,
		at: String(record.at).replace(' ', 'T'),
		diff: record.diff ?? {}
	};
}

/** Every change to an initiative, its participations and the proposals about it, newest first. */
export async function initiativeHistory(pb: PocketBase, initiativeId: string): Promise<Change[]> {
	const records = await pb
		.collection('changes')
		.getFullList<ChangeRecord>({ filter: pb.filter('initiative = {:id}', { id: initiativeId }), sort: '-at,-id', batch: 500, requestKey: null });
	return records.map(toChange);
}
