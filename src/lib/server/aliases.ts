// The project's alias table (data/seed/aliases.csv, names the register's own aliases miss) and its merge into
// the register, the one list of names every resolver on the server reads.
import { join } from 'node:path';
import type { Authority } from '#lib/domain/authority.ts';
import type { Alias } from '#lib/domain/resolveAuthority.ts';
import { readTable, seedDir } from './seedTable.ts';

export async function readAliases(dir = seedDir): Promise<Alias[]> {
	return (await readTable(join(dir, 'aliases.csv'))).map((row) => ({ alias: row.alias, code: row.code, note: row.note }));
}

/** The register with the project's alias table folded into each authority's aliases. */
export function withAliases(register: readonly Authority[], aliases: readonly Alias[]): Authority[] {
	return register.map((authority) => {
		const extra = aliases.filter((alias) => alias.code === authority.code).map((alias) => alias.alias);
		const merged = [...new Set([...authority.aliases, ...extra])].filter((name) => name !== authority.name);
		return { ...authority, aliases: merged };
	});
}
