// Value equality for record fields, so the seed and the import leave unchanged records untouched
// (PocketBase may hand JSON back with its keys in another order).
export function sameValues(a: unknown, b: unknown): boolean {
	return stable(a) === stable(b);
}

function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stable(item)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}
