// Adapts the shared name resolver's typeahead to the search box: names, former names and aliases, with
// a detail line that says what each council is and, for abolished ones, when it ended.
import type { Authority } from '#lib/domain/authority.ts';
import { kindLabel } from '#lib/domain/kindLabel.ts';
import { createResolver, normaliseName } from '#lib/domain/resolveAuthority.ts';
import type { SearchResult } from '#lib/components/SearchBox.svelte';

export function authoritySearch(register: readonly Authority[]): (query: string) => SearchResult[] {
	const resolver = createResolver(register);
	const byCode = new Map(register.map((authority) => [authority.code, authority]));
	return (query) =>
		resolver.search(query, 8).map(({ code }) => {
			const authority = byCode.get(code)!;
			const alias = authority.aliases.find((name) => normaliseName(name).includes(normaliseName(query)));
			const parts = [kindLabel(authority.kind), authority.regionName];
			if (authority.validTo) parts.push(`until ${authority.validTo.slice(0, 4)}`);
			if (alias) parts.push(`also known as ${alias}`);
			return { code, name: authority.name, detail: parts.join(', ') };
		});
}
