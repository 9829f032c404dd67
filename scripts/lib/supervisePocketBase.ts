// Keeps PocketBase running under `npm start`: when it exits on its own (a crash, the OOM killer, a
// SIGKILL), it is started again on the same port and data folder, waiting longer after each quick
// failure so a PocketBase that cannot start does not spin. The app keeps running meanwhile and answers
// 503 until PocketBase is back. Only exits soon after a start (or starts that fail) count as a run of
// failures: one that served for a while is restarted at once. `stop` ends it for good, also while a restart is under way.
import { startPocketBase, type PocketBaseOptions, type PocketBaseProcess } from './pocketbase.ts';

export interface SupervisedPocketBase {
	url: string;
	/** The PocketBase process running now (null while it is being restarted). */
	current(): PocketBaseProcess | null;
	stop(): Promise<void>;
}

export interface SuperviseOptions {
	/** Told of every unexpected exit and restart, for the operator's log. */
	log?: (line: string) => void;
	/** Waits before successive restarts (ms); the last repeats. */
	backoff?: readonly number[];
	/** A PocketBase that ran this long (ms) before exiting starts the backoff afresh. */
	stableAfter?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function supervisePocketBase(options: PocketBaseOptions, supervise: SuperviseOptions = {}): Promise<SupervisedPocketBase> {
	const log = supervise.log ?? ((line: string) => console.error(line));
	const backoff = supervise.backoff ?? [0, 250, 1000, 2000, 4000];
	const stableAfter = supervise.stableAfter ?? 1000;
	let running: PocketBaseProcess | null = await startPocketBase(options);
	let stopping = false;
	let failures = 0;
	let restarting: Promise<void> = Promise.resolve();

	const watch = (pb: PocketBaseProcess) => {
		const startedAt = Date.now();
		pb.child.once('exit', (code, signal) => {
			if (stopping) return;
			running = null;
			if (Date.now() - startedAt >= stableAfter) failures = 0;
			log(`error: PocketBase stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it. The app answers 503 until it is back.`);
			restarting = restart();
		});
	};

	const restart = async (): Promise<void> => {
		while (!stopping) {
			await sleep(backoff[Math.min(failures, backoff.length - 1)]);
			failures++;
			if (stopping) return;
			try {
				const pb = await startPocketBase(options);
				if (stopping) return pb.stop();
				running = pb;
				watch(pb);
				log(`PocketBase is running again at ${pb.url}.`);
				return;
			} catch (error) {
				log(`error: PocketBase did not restart: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	};

	watch(running);
	return {
		url: running.url,
		current: () => running,
		async stop() {
			stopping = true;
			await restarting;
			await running?.stop();
			running = null;
		}
	};
}
