// Helpers for import.pb.js. Who may write: editors and superusers, as the collections' create, update
// and delete rules say; a user's records are stamped created_by / updated_by with their own id, as those
// rules require. Each record carries the audit stamp the request hooks would give it (lib/audit.js), so
// the change records name the editor and the label (import or app). authority_stats is recomputed once,
// for every authority the writes touched, at the end of the transaction (lib/authorityStats.js).
const collections = ['initiatives', 'participations'];

function handle(e) {
	const auth = e.auth;
	const superuser = auth != null && auth.isSuperuser();
	const editor = auth != null && !superuser && auth.collection().name === 'users' && auth.getString('role') === 'editor' && !auth.getBool('deactivated');
	if (!superuser && !editor) throw new ForbiddenError('Only editors can write initiatives.');
	const operations = e.requestInfo().body.operations;
	if (!Array.isArray(operations)) throw new BadRequestError('operations must be a list.');
	const stamp = JSON.stringify(require(`${__hooks}/lib/audit.js`).stamp(e));
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	$app.runInTransaction((txApp) => {
		const touched = [];
		for (const operation of operations) write(txApp, operation, { stamp, touched, stats, user: editor ? auth.id : null });
		stats.recompute(txApp, touched);
	});
	return e.json(200, { written: operations.length });
}

function write(app, operation, context) {
	if (collections.indexOf(operation.collection) < 0) throw new BadRequestError('Only initiatives and participations can be written here.');
	const data = operation.data || {};
	const participation = operation.collection === 'participations';
	let record;
	if (operation.action === 'create') {
		record = new Record(app.findCachedCollectionByNameOrId(operation.collection));
		if (data.id) record.set('id', String(data.id));
	} else if (operation.action === 'update' || operation.action === 'delete') {
		record = app.findRecordById(operation.collection, String(operation.id));
		// The authorities it counted for before the write.
		if (participation) context.touched.push(record.getString('authority'));
		else context.touched.push.apply(context.touched, context.stats.authoritiesWhere(app, 'id', record.id));
	} else {
		throw new BadRequestError('Unknown action: ' + operation.action);
	}
	record.set('@audit', context.stamp);
	record.set('@defer-stats', true);
	if (operation.action === 'delete') return app.delete(record);
	for (const name of Object.keys(data)) {
		if (name === 'id') continue;
		// A user writes only as themselves (the collections' rules); a superuser (the seed) as given.
		if (context.user && (name === 'created_by' || name === 'updated_by')) continue;
		record.set(name, data[name]);
	}
	if (context.user && !participation) {
		if (operation.action === 'create') record.set('created_by', context.user);
		record.set('updated_by', context.user);
	}
	app.save(record);
	if (participation) context.touched.push(record.getString('authority'));
}

module.exports = { handle };
