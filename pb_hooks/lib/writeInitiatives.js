// Helpers for import.pb.js. Who may write: editors and superusers, as the collections' create, update
// and delete rules say; a user's records are stamped created_by / updated_by with their own id, as those
// rules require. Each record carries the audit stamp the request hooks would give it (lib/audit.js), so
// the change records name the editor and the label (import or app). authority_stats is recomputed once,
// for every authority the writes touched, at the end of the transaction (lib/authorityStats.js). Each
// operation's data is held to what the REST API accepts (lib/inputs.js): a refused one fails them all.
const collections = ['initiatives', 'participations'];

function handle(e) {
	const auth = e.auth;
	const superuser = auth != null && auth.isSuperuser();
	const editor =
		auth != null && !superuser && auth.collection().name === 'users' && auth.getString('role') === 'editor' && !auth.getBool('deactivated');
	if (!superuser && !editor) throw new ForbiddenError('Only editors can write initiatives.');
	const operations = e.requestInfo().body.operations;
	if (!Array.isArray(operations)) throw new BadRequestError('operations must be a list.');
	const stamp = JSON.stringify(require(`${__hooks}/lib/audit.js`).stamp(e));
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	const inputs = require(`${__hooks}/lib/inputs.js`);
	// The launcher inserts the change records of all the writes together once they are done (auditInBulk,
	// pocketbase/auditBulk.go); a stock binary has no such binding and inserts each as it is saved.
	const inBulk = typeof auditInBulk === 'function' ? auditInBulk : (_app, writeAll) => writeAll();
	$app.runInTransaction((txApp) => {
		const touched = [];
		const schemas = {};
		inBulk(txApp, () =>
			operations.forEach((operation, i) =>
				write(txApp, operation, { stamp, touched, schemas, stats, inputs, user: editor ? auth.id : null, at: `Operation ${i + 1}` })
			)
		);
		stats.recompute(txApp, touched);
	});
	return e.json(200, { written: operations.length });
}

const plain = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A collection and its fields, read once per write: every call into a PocketBase object crosses from JS into
 * Go, and doing it for every field of every record was a good part of an import's time.
 */
function schemaOf(app, name, context) {
	if (!context.schemas[name]) {
		const collection = app.findCachedCollectionByNameOrId(name);
		const fields = context.inputs.fieldsOf(collection);
		context.schemas[name] = { collection, fields, names: fields.map((field) => field.name) };
	}
	return context.schemas[name];
}

function write(app, operation, context) {
	if (!plain(operation)) throw new BadRequestError(`${context.at} is not an object with a collection, an action and data.`);
	if (collections.indexOf(operation.collection) < 0)
		throw new BadRequestError(`${context.at}: only initiatives and participations can be written here.`);
	const data = operation.data === undefined || operation.data === null ? {} : operation.data;
	if (!plain(data)) throw new BadRequestError(`${context.at}: data must be an object of field values.`);
	const participation = operation.collection === 'participations';
	const schema = schemaOf(app, operation.collection, context);
	let record;
	if (operation.action === 'create') {
		record = new Record(schema.collection);
		if (data.id) record.set('id', String(data.id));
	} else if (operation.action === 'update' || operation.action === 'delete') {
		record = existing(app, operation, context);
		// The authorities it counted for before the write.
		if (participation) context.touched.push(record.getString('authority'));
		else context.touched.push.apply(context.touched, context.stats.authoritiesWhere(app, 'id', record.id));
	} else {
		throw new BadRequestError(`${context.at}: unknown action “${operation.action}”; use create, update or delete.`);
	}
	// Set all at once (one call into Go rather than one a field).
	const values = { '@audit': context.stamp, '@defer-stats': true };
	if (operation.action === 'delete') {
		record.load(values);
		return app.delete(record);
	}
	for (const name of Object.keys(data)) {
		if (name === 'id') continue;
		// Only the collection's fields, as the REST API; a key such as the audit stamp's is not the caller's to set.
		if (schema.names.indexOf(name) < 0) throw new BadRequestError(`${context.at}: ${operation.collection} has no field “${name}”.`);
		// A user writes only as themselves (the collections' rules); a superuser (the seed) as given.
		if (context.user && (name === 'created_by' || name === 'updated_by')) continue;
		values[name] = data[name];
	}
	if (context.user && !participation) {
		if (operation.action === 'create') values.created_by = context.user;
		values.updated_by = context.user;
	}
	record.load(values);
	const problems = context.inputs.dataProblems(schema.fields, data, (name) => record.getString(name));
	if (problems.message) throw new BadRequestError(`${context.at} (${operation.collection}): ${problems.message}`, problems.errors);
	app.save(record);
	if (participation) context.touched.push(record.getString('authority'));
}

/** The record an update or delete names, or a 404 that says which. */
function existing(app, operation, context) {
	try {
		return app.findRecordById(operation.collection, String(operation.id));
	} catch (_) {
		throw new NotFoundError(`${context.at}: there is no ${operation.collection} record “${operation.id}”.`);
	}
}

module.exports = { handle };
