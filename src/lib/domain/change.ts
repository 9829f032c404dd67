// One audit record (pb_hooks/audit.pb.js): who changed what, when, and each field before → after.
export type ChangeAction = 'create' | 'update' | 'delete' | 'state';

export interface Change {
	id: string;
	collection: string;
	record: string;
	action: ChangeAction;
	/** A user id, "superuser" or "system". */
	actor: string;
	actorName: string;
	/** "app", "import" or "api". */
	via: string;
	/** ISO timestamp. */
	at: string;
	diff: Record<string, { before: unknown; after: unknown }>;
}
