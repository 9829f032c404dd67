// Types SvelteKit merges into every request: the per-request PocketBase client and the signed-in user.
import type PocketBase from 'pocketbase';
import type { User } from '#lib/domain/user.ts';
import type { Memo, PageShows } from '#lib/server/pageCache.ts';

declare global {
	namespace App {
		interface Locals {
			pb: PocketBase;
			/** The signed-in contributor or editor (refreshed by hooks.server.ts), or null. */
			user: User | null;
			/** Set when the request carried a session PocketBase could not be asked about (it is down). */
			sessionUnchecked?: boolean;
			/** What a cacheable page shows, set by its load so the page cache knows which changes make it stale. */
			shows?: PageShows;
			/** Set when the request wrote to PocketBase successfully: cached pages are then dropped. */
			wrote?: boolean;
			/** Shares a computation between renders until the data changes (see pageCache.ts). */
			memo: Memo;
		}
		interface Error {
			status: number;
			message: string;
			/** Close matches for an unknown authority code or name (the authority page's 404). */
			suggestions?: { code: string; name: string }[];
		}
	}
}

export {};
