// A cheap, public "has anything changed?" for the app's page cache (src/lib/server/pageCache.ts): one row
// whose values change whenever data a public page shows changes, however the change was made.
// - changes: every create, update and delete of an initiative, participation or revision writes an audit
//   record (pb_hooks/audit.pb.js), whether through the app, an import, the dashboard or the API. max(at)
//   is read through the new index; max(rowid) tells apart two changes in the same millisecond.
// - records: the newest initiative and participation rows, so rows written around PocketBase (the
//   benchmark's synthetic loader) also count.
// - reference: programmes, categories and authorities are not audited; their count and latest update
//   cover edits made through the dashboard or the API.
// Every value is an index or rowid lookup, or a scan of a few hundred rows: well under a millisecond.
migrate(
	(app) => {
		const changes = app.findCollectionByNameOrId('changes');
		changes.addIndex('idx_changes_at', false, 'at', '');
		app.save(changes);

		// One max() per SELECT, so SQLite answers it from the index (or the rowid) instead of a scan; PocketBase's
		// view parser takes each column as one parenthesised expression.
		const latest = (column, table) => `(SELECT max(${column}) FROM ${table})`;
		const fingerprint = (table) => `(SELECT count(*) || '@' || coalesce(max(updated), '') FROM ${table})`;
		const collection = new Collection({
			type: 'view',
			name: 'data_version',
			listRule: '',
			viewRule: '',
			viewQuery: `
			SELECT
			'current' AS id,
			(SELECT coalesce(${latest('at', 'changes')}, '') || '#' || coalesce(${latest('rowid', 'changes')}, 0)) AS changes,
			(SELECT coalesce(${latest('rowid', 'initiatives')}, 0) || '/' || coalesce(${latest('rowid', 'participations')}, 0)) AS records,
			(SELECT ${fingerprint('programmes')} || '/' || ${fingerprint('categories')} || '/' || ${fingerprint('authorities')}) AS reference
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('data_version'));
		const changes = app.findCollectionByNameOrId('changes');
		changes.removeIndex('idx_changes_at');
		app.save(changes);
	}
);
