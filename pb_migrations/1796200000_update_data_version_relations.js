// The relations between initiatives (initiative_relations) are shown by public pages and carried in the
// explorer's data file, but are not audited: data_version's reference fingerprint covers them too, so the
// page cache and its per-data-version memos notice a relation added, edited or removed however it was made.
const latest = (column, table) => `(SELECT max(${column}) FROM ${table})`;
const fingerprint = (table) => `(SELECT count(*) || '@' || coalesce(max(updated), '') FROM ${table})`;
const query = (reference) => `
			SELECT
			'current' AS id,
			(SELECT coalesce(${latest('at', 'changes')}, '') || '#' || coalesce(${latest('rowid', 'changes')}, 0)) AS changes,
			(SELECT coalesce(${latest('rowid', 'initiatives')}, 0) || '/' || coalesce(${latest('rowid', 'participations')}, 0)) AS records,
			(SELECT ${reference.map(fingerprint).join(" || '/' || ")}) AS reference
		`;

migrate((app) => {
	const collection = app.findCollectionByNameOrId('data_version');
	collection.viewQuery = query(['programmes', 'categories', 'authorities', 'initiative_relations']);
	app.save(collection);
}, (app) => {
	const collection = app.findCollectionByNameOrId('data_version');
	collection.viewQuery = query(['programmes', 'categories', 'authorities']);
	app.save(collection);
});
