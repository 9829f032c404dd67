// The shared name resolver for the app's forms, typeahead and imports: the register file the pages and exports
// read, with the project's alias table merged in as the seed merges it, so a name resolves alike in every view.
import type { Authority } from '#lib/domain/authority.ts';
import { resolverFor, type Resolver } from '#lib/domain/resolveAuthority.ts';
import { readAliases, withAliases } from './aliases.ts';
import { geoDir, readRegister } from './register.ts';
import { seedDir } from './seedTable.ts';

// Neither file changes under a running server (the register's name carries its content hash; the alias table
// ships with the code), so each merge is made once and shared, and so is the resolver over it.
const merged = new WeakMap<Authority[], Map<string, Promise<Authority[]>>>();

function namedRegister(register: Authority[], aliasDir: string): Promise<Authority[]> {
	const byDir = merged.get(register) ?? new Map<string, Promise<Authority[]>>();
	merged.set(register, byDir);
	let named = byDir.get(aliasDir);
	if (!named) {
		named = readAliases(aliasDir).then((aliases) => withAliases(register, aliases));
		byDir.set(aliasDir, named);
		named.catch(() => byDir.delete(aliasDir));
	}
	return named;
}

/** The register with the alias table merged in: what every view resolves names against. */
export async function readNamedRegister(dirs: { geo?: string; seed?: string } = {}): Promise<Authority[]> {
	return namedRegister(await readRegister(dirs.geo ?? geoDir()), dirs.seed ?? seedDir);
}

export async function authorityResolver(dirs: { geo?: string; seed?: string } = {}): Promise<Resolver> {
	return resolverFor(await readNamedRegister(dirs));
}
