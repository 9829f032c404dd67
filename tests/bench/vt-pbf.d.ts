// vt-pbf ships no types; only the call tests/bench/mapFloor.ts makes.
declare module 'vt-pbf' {
	export function fromGeojsonVt(layers: Record<string, unknown>, options?: { version?: number; extent?: number }): Uint8Array;
}
