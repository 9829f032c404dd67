// What the initiative pages share: the form's choices, validation against the import's rules, and the
// checks that need PocketBase (a free id; a contributor naming one of their own councils).
import type PocketBase from 'pocketbase';
import type { Lifecycle } from '#lib/domain/initiative.ts';
import { readInitiativeForm, validateInitiativeForm, type FieldErrors, type InitiativeFormValues } from '#lib/domain/initiativeForm.ts';
import type { User } from '#lib/domain/user.ts';
import type { InitiativeDraft } from '#lib/domain/validateImport.ts';
import { authorityResolver } from '#lib/server/authorityResolver.ts';
import { listCategories } from '#lib/server/categories.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { authoritiesOf } from '#lib/server/users.ts';
import { authorityIds } from '#lib/server/authorities.ts';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

/** Editors choose between a draft and a published initiative; pending is for contributors' proposals. */
export const editorLifecycles: readonly Lifecycle[] = ['draft', 'published'];

/** The form's select options, and the geo manifest for picking councils on the map (null: no map). */
export async function formChoices(pb: PocketBase) {
	const [programmes, categories] = await Promise.all([listProgrammes(pb), listCategories(pb)]);
	return { programmes: programmes.map(({ slug, name }) => ({ slug, name })), categories, manifest: readGeoManifest() };
}

export interface CheckedForm {
	values: InitiativeFormValues;
	draft: InitiativeDraft | null;
	errors: FieldErrors;
	/** Record ids of the councils the draft names (for a proposal). */
	authorityIds: string[];
}

export async function checkForm(pb: PocketBase, user: User, form: FormData): Promise<CheckedForm> {
	const values = readInitiativeForm(form);
	const [choices, resolver] = await Promise.all([formChoices(pb), authorityResolver()]);
	const context = { programmes: choices.programmes.map((p) => p.slug), categories: choices.categories.map((c) => c.slug), resolver };
	const { draft, errors } = validateInitiativeForm(values, context, { lifecycles: user.role === 'editor' ? editorLifecycles : [] });
	if (!draft) return { values, draft, errors, authorityIds: [] };
	const ids = await authorityIds(
		pb,
		draft.participations.map((p) => p.code)
	);
	if (user.role === 'contributor') {
		const own = await authoritiesOf(pb, user.id);
		if (!own.some((authority) => ids.includes(authority.id))) {
			const names = own.map((a) => a.name).join(' or ') || 'your council';
			return {
				values,
				draft: null,
				errors: { councils: [`a proposal must include ${names}, the council${own.length === 1 ? '' : 's'} you propose for`] },
				authorityIds: ids
			};
		}
	}
	return { values, draft, errors, authorityIds: ids };
}
