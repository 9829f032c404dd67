// autocannon ships no types; this project uses only the callback form and the 'response' event.
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';
	/** The part of autocannon's result this project reads. */
	interface Result {
		requests: { total: number };
		duration: number;
		errors: number;
	}
	function autocannon(options: Record<string, unknown>, done: (error: Error | null, result: Result) => void): EventEmitter;
	export default autocannon;
}
