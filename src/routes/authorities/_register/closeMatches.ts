// Suggestions for an authority link that matched nothing: codes one or two keystrokes away, then names
// that the shared resolver's typeahead finds for the same text.
import type { Authority } from '#lib/domain/authority.ts';
import { resolverFor } from '#lib/domain/resolveAuthority.ts';
import { editDistance } from '#lib/domain/editDistance.ts';

export function closeMatches(text: string, register: readonly Authority[], limit = 5): { code: string; name: string }[] {
	const wanted = text.trim().toUpperCase();
	const byCode = register
		.map((authority) => ({ authority, distance: codeDistance(wanted, authority.code), gap: numericGap(wanted, authority.code) }))
		.filter(({ distance }) => distance <= 2)
		// Many codes are one keystroke apart; the nearest number in the same series is the likeliest typo.
		.sort((a, b) => a.distance - b.distance || a.gap - b.gap)
		.map(({ authority }) => authority);
	const byName = resolverFor(register).search(text.replace(/[-_+]/g, ' '), limit);
	const seen = new Set<string>();
	return [...byCode, ...byName]
		.filter(({ code }) => !seen.has(code) && seen.add(code))
		.slice(0, limit)
		.map(({ code, name }) => ({ code, name }));
}

function numericGap(a: string, b: string): number {
	if (a.slice(0, 3) !== b.slice(0, 3)) return Infinity;
	const gap = Math.abs(Number(a.slice(3)) - Number(b.slice(3)));
	return Number.isNaN(gap) ? Infinity : gap;
}

function codeDistance(a: string, b: string): number {
	// Lengths far apart cannot be within two edits: skip the table.
	return Math.abs(a.length - b.length) > 2 ? Infinity : editDistance(a, b);
}
