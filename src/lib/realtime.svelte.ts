// Live updates (browser only): listens to PocketBase realtime for changes to initiatives and
// participations (public read rules allow it) and asks the page to reload its data, so open maps and
// panels show a newly published or edited initiative without a reload.
import PocketBase from 'pocketbase';
import { freshnessBoundMs } from './domain/freshness.ts';

export const liveCollections = ['initiatives', 'participations'] as const;

export class LiveUpdates {
	/** 'live' once subscribed; 'offline' when PocketBase cannot be reached (the page still works). */
	status = $state<'connecting' | 'live' | 'offline'>('connecting');

	#pb: PocketBase;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#closed = false;

	/**
	 * `onchange` runs once per burst of changes (an import publishes many records at once), after a quiet
	 * spell longer than the freshness bound: asked sooner, the server may rightly answer from before them.
	 */
	constructor(url: string, onchange: () => void, quietMs = freshnessBoundMs + 250) {
		this.#pb = new PocketBase(url);
		this.#pb.realtime.onDisconnect = (active) => {
			if (active.length > 0 && !this.#closed) this.status = 'offline';
		};
		const changed = () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(onchange, quietMs);
		};
		Promise.all(liveCollections.map((name) => this.#pb.collection(name).subscribe('*', changed)))
			.then(() => {
				if (!this.#closed) this.status = 'live';
			})
			.catch(() => {
				if (!this.#closed) this.status = 'offline';
			});
	}

	close(): void {
		this.#closed = true;
		clearTimeout(this.#timer);
		this.#pb.realtime.unsubscribe().catch(() => {});
	}
}
