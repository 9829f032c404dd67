// Types SvelteKit merges into every request: the per-request PocketBase client and the signed-in user.
import type PocketBase from 'pocketbase';

declare global {
	namespace App {
		interface Locals {
			pb: PocketBase;
		}
		interface Error {
			status: number;
			message: string;
		}
	}
}

export {};
