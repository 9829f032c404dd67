// One audit record (pb_hooks/audit.pb.js): who changed what, when, and each field before → after.
import type { UserRole } from './user.ts';

export type ChangeAction = 'create' | 'update' | 'delete' | 'state';

export interface Change {
	id: string;
	collection: string;
	record: string;
	action: ChangeAction;
	/** A user id, "superuser" or "system". */
	actor: string;
	actorName: string;
	/** The actor's role when the change was made; null for the superuser, the system, or a record from before roles were kept. */
	actorRole: UserRole | null;
	/** "app", "import" or "api". */
	via: string;
	/** ISO timestamp. */
	at: string;
	diff: Record<string, { before: unknown; after: unknown }>;
}
