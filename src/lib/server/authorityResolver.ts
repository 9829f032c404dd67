// The shared name resolver for the app's forms, typeahead and imports: the register file the pages and exports
// read, with the project's alias table merged in as the seed merges it, so a name resolves alike in every view.
import type { Authority } from '#lib/domain/authority.ts';
import { createResolver, type Resolver } from '#lib/domain/resolveAuthority.ts';
import { readAliases, withAliases } from './aliases.ts';
import { geoDir, readRegister } from './register.ts';
import { seedDir } from './seedTable.ts';

// Neither file changes under a running server (the register's name carries its content hash; the alias table
// ships with the code), so each merge is made once and shared. The resolver is built per call: it memoises
// the names it is asked, and those come from users.
const merged = new WeakMap<Authority[], Map<string, Promise<Authority[]>>>();

function readNamedRegister(register: Authority[], aliasDir: string): Promise<Authority[]> {
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

export async function authorityResolver(dirs: { geo?: string; seed?: string } = {}): Promise<Resolver> {
	const register = await readRegister(dirs.geo ?? geoDir());
	return createResolver(await readNamedRegister(register, dirs.seed ?? seedDir));
}
