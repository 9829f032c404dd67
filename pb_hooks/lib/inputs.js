// Helpers for inputs.pb.js and revisions.pb.js: the checks PocketBase's own field types do not make.
// The rules themselves are the app's (src/lib/domain/hookRules.ts), required
// from the bundle scripts/lib/hookBundle.ts builds, so the REST API is held to exactly what the app says.
const bundle = () => require(`${__hooks}/generated/rules.js`);

// Text fields that hold several lines; every other text field is one line.
const multiline = ['description', 'comment', 'note'];

/** Refuses control characters in text fields. */
function checkBody(e) {
	const body = e.requestInfo().body || {};
	// A cheap look for any character the rule could refuse first: loading the bundle on every write
	// slowed imports several times over.
	const suspect = Object.keys(body).some((name) => typeof body[name] === 'string' && /[\u0000-\u001f\u007f-\u009f]/.test(body[name]));
	if (!suspect) return;
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

const numeric = /^-?\d+(\.\d+)?$/;

/**
 * Router middleware: refuses anything but a number in a number field of a record write. It reads the
 * body as sent (the record hooks see it only after PocketBase has cast "abc" to 0).
 */
function checkNumbers(e) {
	const match = /^\/api\/collections\/([^/]+)\/records(?:\/[^/]+)?$/.exec(e.request.url.path);
	if (!match || (e.request.method !== 'POST' && e.request.method !== 'PATCH')) return;
	let collection = null;
	try {
		collection = $app.findCachedCollectionByNameOrId(decodeURIComponent(match[1]));
	} catch (_) {
		return; // PocketBase answers an unknown collection itself
	}
	const body = e.requestInfo().body || {};
	const errors = {};
	let first = '';
	for (const field of collection.fields) {
		const name = field.getName();
		const value = body[name];
		if (field.type() !== 'number' || value === undefined) continue;
		const ok = value === null || value === '' || (typeof value === 'number' && isFinite(value)) || (typeof value === 'string' && numeric.test(value.trim()));
		if (!ok) {
			errors[name] = new ValidationError('validation_not_a_number', 'must be a number, e.g. 2012');
			first = first || `${name} must be a number, e.g. 2012.`;
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

module.exports = { checkBody, checkNumbers, checkProposal };
