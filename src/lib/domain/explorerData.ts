// What the explorer draws from, as the server collects it (lib/server/explorerData.ts) and the page, the
// embeds and the map images read it: every published initiative, the programmes and categories, the
// relations between initiatives, and the register without neighbour lists.
import type { Authority } from './authority.ts';
import type { Category, Initiative, Programme } from './initiative.ts';
import type { Relation } from './relations.ts';

export interface ExplorerData {
	programmes: Programme[];
	categories: Category[];
	register: Authority[];
	initiatives: Initiative[];
	relations: Relation[];
}
