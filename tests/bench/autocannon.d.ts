// autocannon ships no types; this project uses only the callback form and the 'response' event.
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';
	function autocannon(options: Record<string, unknown>, done: (error: Error | null, result: any) => void): EventEmitter;
	export default autocannon;
}
