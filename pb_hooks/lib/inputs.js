// Helpers for inputs.pb.js and revisions.pb.js: the checks PocketBase's own field types do not make.
// The rules themselves are the app's (src/lib/domain/hookRules.ts), required
// from the bundle scripts/lib/hookBundle.ts builds, so the REST API is held to exactly what the app says.
const bundle = () => require(`${__hooks}/generated/rules.js`);

// Text fields that hold several lines; every other text field is one line.
const multiline = ['description', 'comment', 'note'];

// Any character the rule could refuse; a cheap look before the bundle is loaded (loading it on every
// write slowed imports several times over).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const suspicious = /[\u0000-\u001f\u007f-\u009f]/;

/** The strings inside a JSON value (sources, savings figures, a proposal's draft), with where they are. */
function jsonStrings(value, path, found) {
	if (typeof value === 'string') found.push({ path, value });
	else if (Array.isArray(value)) value.forEach((item, i) => jsonStrings(item, `${path}[${i}]`, found));
	else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) jsonStrings(value[key], `${path}.${key}`, found);
	return found;
}

const numeric = /^-?\d+(\.\d+)?$/;

/**
 * A collection's fields as plain { name, type } objects: read once, since every call into a PocketBase
 * object from a hook crosses into Go, and a write of many records would otherwise cross for every field
 * of every record.
 */
function fieldsOf(collection) {
	const fields = [];
	for (const field of collection.fields) fields.push({ name: field.getName(), type: field.type() });
	return fields;
}

/** Problems with the number fields of `data`: anything but a number, as sent (PocketBase would cast it). */
function numberProblems(fields, data, errors) {
	let first = '';
	for (const { name, type } of fields) {
		const value = data[name];
		if (type !== 'number' || value === undefined) continue;
		const ok =
			value === null || value === '' || (typeof value === 'number' && isFinite(value)) || (typeof value === 'string' && numeric.test(value.trim()));
		if (!ok) {
			errors[name] = new ValidationError('validation_not_a_number', 'must be a number, e.g. 2012');
			first = first || `${name} must be a number, e.g. 2012.`;
		}
	}
	return first;
}

/** Problems with the text of `data`: control characters in text fields, and in the text inside JSON fields. */
function textProblems(fields, data, stored, errors) {
	const texts = [];
	for (const { name, type } of fields) {
		const value = data[name];
		if (value === undefined) continue;
		if ((type === 'text' || type === 'editor' || type === 'email' || type === 'url') && typeof value === 'string') {
			texts.push({ name, path: name, value, multiline: multiline.indexOf(name) >= 0 });
		} else if (type === 'json') {
			// Read as the JSON text the record will store, one form whatever the body's encoding (JSON or
			// multipart). Text inside JSON may run over several lines (a savings figure's quoted basis): only
			// characters no text may hold are refused here; the field's own rules say more.
			let parsed;
			try {
				parsed = JSON.parse(stored(name) || 'null');
			} catch (_) {
				continue; // not JSON: PocketBase refuses it itself
			}
			for (const text of jsonStrings(parsed, name, [])) texts.push({ name, path: text.path, value: text.value, multiline: true });
		}
	}
	if (!texts.some((text) => suspicious.test(text.value))) return '';
	const validator = bundle();
	let first = '';
	for (const text of texts) {
		const control = validator.controlCharacter(text.value, { multiline: text.multiline });
		if (!control) continue;
		const reason = validator.controlCharacterReason(control);
		errors[text.name] = errors[text.name] || new ValidationError('validation_control_character', reason);
		first = first || `${text.path} ${reason}.`;
	}
	return first;
}

/**
 * What is wrong with `data` as a write to a collection with these fields (fieldsOf), as the REST API would
 * be told: the first problem as a sentence naming the field ('' when none) and the errors by field.
 * `stored(name)` is a JSON field's value as the record will store it.
 */
function dataProblems(fields, data, stored) {
	const errors = {};
	const first = numberProblems(fields, data, errors) || textProblems(fields, data, stored, errors);
	return { message: first, errors };
}

/** Request hooks: refuses a REST body dataProblems finds fault with. */
function checkBody(e) {
	const problems = dataProblems(fieldsOf(e.collection), e.requestInfo().body || {}, (name) => e.record.getString(name));
	if (problems.message) throw new BadRequestError(problems.message, problems.errors);
}

const recordWrite = /^\/api\/collections\/([^/?]+)\/records(?:\/[^/?]+)?(?:\?.*)?$/;

/** Problems with the number fields of one record write to the collection named in `url`. */
function writeNumberProblems(url, body, errors) {
	const match = recordWrite.exec(url);
	if (!match || body === null || typeof body !== 'object') return '';
	let collection;
	try {
		collection = $app.findCachedCollectionByNameOrId(decodeURIComponent(match[1]));
	} catch (_) {
		return ''; // PocketBase answers an unknown collection itself
	}
	return numberProblems(fieldsOf(collection), body, errors);
}

/**
 * Router middleware: refuses anything but a number in a number field of a record write, alone or in a
 * batch. It reads the body as sent (the record hooks see it only after PocketBase has cast "abc" to 0).
 */
function checkNumbers(e) {
	if (e.request.method !== 'POST' && e.request.method !== 'PATCH') return;
	const path = e.request.url.path;
	if (path !== '/api/batch' && !recordWrite.test(path)) return;
	const body = e.requestInfo().body || {};
	const writes = path === '/api/batch' ? (Array.isArray(body.requests) ? body.requests : []) : [{ url: path, body }];
	const errors = {};
	let first = '';
	for (const write of writes) {
		if (write === null || typeof write !== 'object') continue;
		first = first || writeNumberProblems(String(write.url || ''), write.body, errors);
	}
	if (first) throw new BadRequestError(first, errors);
}

/** The app's validator, with the programmes, categories and councils it needs from the database. */
function checkProposal(app, record) {
	let data;
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
	throw new BadRequestError(`The proposal is not a valid initiative: ${message}.`, {
		data: new ValidationError('validation_invalid_draft', message)
	});
}

module.exports = { checkBody, checkNumbers, checkProposal, dataProblems, fieldsOf };
