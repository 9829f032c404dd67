// CSV import for editors, through the one import validator: upload → dry run (a table of row problems,
// or what would be created and updated) → confirm, which writes the whole file in one transaction or
// nothing. Without JavaScript it is a plain two-step form: the checked text rides in the confirm form. An
// optional second file, the savings sheet, carries the initiatives' typed savings figures (data/API.md).
import { fail, redirect } from '@sveltejs/kit';
import { importTooLarge } from '#lib/domain/importFileSize.ts';
import type { Lifecycle } from '#lib/domain/initiative.ts';
import { labelRequests } from '#lib/server/audit.ts';
import { importInitiatives } from '#lib/server/importInitiatives.ts';
import { requireEditor } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '#lib/domain/formText.ts';

export const load: PageServerLoad = (event) => {
	requireEditor(event);
	const done = event.url.searchParams.get('imported');
	return { imported: done ? done.split(',').map(Number) : null };
};

const lifecycleOf = (form: FormData): Lifecycle => (form.get('lifecycle') === 'published' ? 'published' : 'draft');

export const actions: Actions = {
	preview: async (event) => {
		const user = requireEditor(event);
		const form = await event.request.formData();
		const file = form.get('file');
		const lifecycle = lifecycleOf(form);
		if (!(file instanceof File) || file.size === 0) return fail(400, { lifecycle, message: 'Choose a CSV file to check.' });
		const tooLarge = importTooLarge(file.size);
		if (tooLarge) return fail(413, { lifecycle, message: tooLarge });
		const sheet = form.get('savings');
		const savingsBytes = sheet instanceof File && sheet.size > 0 ? new Uint8Array(await sheet.arrayBuffer()) : undefined;
		const sheetTooLarge = savingsBytes ? importTooLarge(savingsBytes.length) : null;
		if (sheetTooLarge) return fail(413, { lifecycle, message: `Savings sheet: ${sheetTooLarge}` });
		const bytes = new Uint8Array(await file.arrayBuffer());
		const result = await importInitiatives(event.locals.pb, bytes, { dryRun: true, lifecycle, userId: user.id, savings: savingsBytes });
		if (!result.ok) return fail(400, { lifecycle, fileName: file.name, problems: result.problems });
		// Checked as bytes (UTF-8 and all); confirmed as this text, which the import validates again.
		const savings = savingsBytes ? new TextDecoder().decode(savingsBytes) : '';
		return { lifecycle, fileName: file.name, plan: result.plan, csv: new TextDecoder().decode(bytes), savings };
	},
	confirm: async (event) => {
		const user = requireEditor(event);
		const form = await event.request.formData();
		const csv = formText(form, 'csv');
		const lifecycle = lifecycleOf(form);
		if (csv === '') return fail(400, { lifecycle, message: 'Nothing to import: check a file first.' });
		const savings = formText(form, 'savings');
		const result = await importInitiatives(labelRequests(event.locals.pb, 'import'), csv, {
			lifecycle,
			userId: user.id,
			savings: savings === '' ? undefined : savings
		});
		if (!result.ok) return fail(400, { lifecycle, fileName: formText(form, 'fileName'), problems: result.problems });
		const { created, updated, unchanged } = result.plan;
		redirect(303, `/edit/import?imported=${[created.length, updated.length, unchanged.length].join(',')}`);
	}
};
