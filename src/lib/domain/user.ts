// Signed-in people: council officers who propose (contributors) and LGA staff who edit (editors).
export const roles = ['contributor', 'editor'] as const;
export type UserRole = (typeof roles)[number];

/** A person as the review queue and the change history name them: the role beside the name, so a display name alone cannot pass for an editor's. */
export function nameWithRole(name: string, role: UserRole | null): string {
	return role ? `${name} (${role})` : name;
}

export function isUserRole(value: unknown): value is UserRole {
	return (roles as readonly unknown[]).includes(value);
}

export interface User {
	id: string;
	name: string;
	email: string;
	role: UserRole;
	/** Record ids of the authorities a contributor proposes for. */
	authorityIds: string[];
}

/** A contributor account as an editor manages it (never with its e-mail address: PocketBase hides it). */
export interface Contributor {
	id: string;
	name: string;
	authorities: { code: string; name: string }[];
	deactivated: boolean;
}
