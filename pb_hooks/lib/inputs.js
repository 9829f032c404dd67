// Helpers for inputs.pb.js and revisions.pb.js: the checks PocketBase's own field types do not make.
// The rules themselves are the app's (src/lib/domain/controlCharacter.ts, validateDraft.ts), required
// from the bundle scripts/lib/hookBundle.ts builds, so the REST API is held to exactly what the app says.
const bundle = () => require(`${__hooks}/generated/validateDraft.js`);

// Text fields that hold several lines; every other text field is one line.
const multiline = ['description', 'comment', 'note'];

/** Refuses control characters in text fields. */
function checkBody(e) {
	const body = e.requestInfo().body || {};
	const validator = bundle();
	const errors = {};
	let first = '';
	for (const field of e.collection.fields) {
		const name = field.getName();
		if (body[name] === undefined) continue;
		const value = body[name];
		const type = field.type();
		if ((type === 'text' || type === 'editor' || type === 'email' || type === 'url') && typeof value === 'string') {
			const control = validator.controlCharacter(value, { multiline: multiline.indexOf(name) >= 0 });
			if (control) {
				const reason = validator.controlCharacterReason(control);
				errors[name] = new ValidationError('validation_control_character', reason);
				first = first || `${name} ${reason}.`;
			}
		}
	}
	if (first) throw new BadRequestError(first, errors);
}

/** The app's validator, with the programmes, categories and councils it needs from the database. */
function checkProposal(app, record) {
	let data = null;
	try {
		data = JSON.parse(record.getString('data') || 'null');
	} catch (_) {
		data = null;
	}
	const authorities = new Map();
	for (const authority of app.findAllRecords('authorities')) authorities.set(authority.getString('code'), authority.getString('name'));
	const slugs = (collection) => app.findAllRecords(collection).map((r) => r.getString('slug'));
	const validator = bundle();
	const result = validator.validateDraft(data, { programmes: slugs('programmes'), categories: slugs('categories'), authorities });
	if (result.ok) return;
	const message = validator.describeDraftProblems(result.problems);
	throw new BadRequestError(`The proposal is not a valid initiative: ${message}.`, { data: new ValidationError('validation_invalid_draft', message) });
}

module.exports = { checkBody, checkProposal };
