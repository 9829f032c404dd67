// A contributor's proposal: a new initiative, or an edit to a published one, waiting for an editor.
import type { UserRole } from './user.ts';
import type { InitiativeDraft } from './validateImport.ts';

export const proposalStatuses = ['pending', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export interface Proposal {
	id: string;
	/** The initiative an edit is for; null for a new initiative. */
	initiative: { id: string; slug: string; name: string } | null;
	draft: InitiativeDraft;
	status: ProposalStatus;
	/** The reviewer's comment, which the proposer sees. */
	comment: string;
	/** With the role, shown beside the name so nobody passes for an editor by name alone (null: unknown). */
	proposedBy: { id: string; name: string; role: UserRole | null };
	reviewedBy: { id: string; name: string; role: UserRole | null } | null;
	created: string;
	updated: string;
}
