// Data every page needs: the PocketBase address browsers use for live updates, the geo credit line and
// who is signed in (name and role only: the header's sign-in/editing links).
import { PUBLIC_PB_URL } from '$app/env/public';
import { PB_URL } from '$app/env/private';
import type { LayoutServerLoad } from './$types';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

export const load: LayoutServerLoad = ({ locals }) => {
	const manifest = readGeoManifest();
	const user = locals.user ? { name: locals.user.name, role: locals.user.role } : null;
	return { pbUrl: PUBLIC_PB_URL ?? PB_URL, attribution: manifest?.attribution ?? null, user };
};
