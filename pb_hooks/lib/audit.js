// Helpers for audit.pb.js. PocketBase runs each hook handler in its own context, so handlers reach
// shared code through require() rather than through variables of the hook file.
const skipped = ['id', 'created', 'updated'];
const stampKey = '@audit';

/** Who is making the request, as the change record names them, and how the change arrives. */
function stamp(e) {
	const auth = e.auth;
	const superuser = auth != null && auth.isSuperuser();
	// requestInfo() lower-cases header names and turns dashes into underscores.
	const label = String(e.requestInfo().headers['x_audit_via'] || '').toLowerCase();
	return {
		actor: auth == null ? 'guest' : superuser ? 'superuser' : auth.id,
		name: auth == null ? '' : superuser ? 'superuser' : auth.getString('name') || auth.id,
		role: auth == null || superuser ? '' : auth.getString('role'),
		via: label === 'app' || label === 'import' ? label : 'api'
	};
}

/**
 * Request hooks: stamps the record with its actor and runs the write in a transaction, so the change
 * record the model hook adds lands with it or not at all. A deleted initiative also leaves its stamp
 * for the participations and revisions deleted with it.
 */
function withActor(e) {
	const who = stamp(e);
	e.record.set(stampKey, JSON.stringify(who));
	const cascadeKey = 'audit-cascade:' + e.record.id;
	const cascades = e.record.collection().name === 'initiatives' && e.requestInfo().method === 'DELETE';
	// With whether the initiative was public, which decides for the council links deleted with it.
	if (cascades) $app.store().set(cascadeKey, Object.assign({}, who, { published: e.record.getString('lifecycle') === 'published' }));
	try {
		e.app.runInTransaction((txApp) => {
			e.app = txApp;
			e.next();
		});
	} finally {
		if (cascades) $app.store().remove(cascadeKey);
	}
}

/** The record's field values as plain JSON values. */
function values(record) {
	if (record == null) return {};
	const exported = JSON.parse(JSON.stringify(record));
	const result = {};
	for (const field of record.collection().fields) {
		const name = field.getName();
		if (skipped.indexOf(name) >= 0 || field.type() === 'autodate' || field.type() === 'password') continue;
		result[name] = exported[name] === undefined ? null : exported[name];
	}
	return result;
}

/**
 * Whether anyone but an editor can see the change, so that the public data_version moves only for those
 * (pb_migrations/1796200001_count_only_public_changes.js): a change to an initiative published before or
 * after it, to a council link of a published one, or to a link between initiatives both of which are
 * published; never a proposal.
 */
function isPublic(app, collection, before, after, initiative) {
	const published = (record) => record != null && record.getString('lifecycle') === 'published';
	if (collection === 'initiatives') return published(before) || published(after);
	const publishedId = (id) => {
		const cascade = $app.store().get('audit-cascade:' + id);
		if (cascade && typeof cascade.published === 'boolean') return cascade.published;
		try {
			return published(app.findRecordById('initiatives', id));
		} catch (_) {
			return true; // the initiative is gone and nothing says what it was: counted, to be safe
		}
	};
	// A link between initiatives: the public sees it, before or after the change, when both ends are published.
	if (collection === 'initiative_relations') {
		const visible = (record) => record != null && publishedId(record.getString('from_initiative')) && publishedId(record.getString('to_initiative'));
		return visible(before) || visible(after);
	}
	if (collection !== 'participations') return false;
	return publishedId(initiative);
}

function same(a, b) {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Model hooks: writes one change record for a create (before null), update or delete (after null). A stock
 * binary's only: the project's launcher writes them in Go (pocketbase/audit.go), and the two must agree.
 */
function write(app, before, after) {
	const record = after || before;
	const collection = record.collection().name;
	const old = values(before);
	const now = values(after);
	const diff = {};
	for (const name of Object.keys(before ? old : now)) {
		const from = before ? old[name] : null;
		const to = after ? now[name] : null;
		if (!before || !after || !same(from, to)) diff[name] = { before: from, after: to };
	}
	if (before && after && Object.keys(diff).length === 0) return;
	const stateField = collection === 'initiatives' ? 'lifecycle' : collection === 'revisions' ? 'status' : '';
	const action = !before ? 'create' : !after ? 'delete' : stateField && diff[stateField] ? 'state' : 'update';
	// A relation is filed under the initiative it starts from (its diff names the other end).
	const relation = collection === 'initiative_relations';
	const initiative = collection === 'initiatives' ? record.id : record.getString(relation ? 'from_initiative' : 'initiative');
	const ends = relation ? [initiative, record.getString('to_initiative')] : [initiative];

	let who = null;
	const raw = record.get(stampKey);
	if (raw) who = JSON.parse(raw);
	for (let i = 0; !who && i < ends.length; i++) if (ends[i]) who = $app.store().get('audit-cascade:' + ends[i]) || null;
	if (!who) who = { actor: 'system', name: 'system', via: 'api' };

	// The cached schema: looking the collection up in the database cost about a tenth of every write.
	const changes = app.findCachedCollectionByNameOrId('changes');
	const change = new Record(changes);
	change.set('collection', collection);
	change.set('record', record.id);
	change.set('initiative', initiative);
	change.set('action', action);
	change.set('actor', who.actor);
	change.set('actor_name', who.name);
	change.set('actor_role', who.role || '');
	change.set('via', who.via);
	change.set('diff', diff);
	change.set('public', isPublic(app, collection, before, after, initiative));
	app.save(change);
}

module.exports = { withActor, write, stamp };
