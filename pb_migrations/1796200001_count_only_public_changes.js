// data_version is public, so it must move only when something the public can see changes: an edit to an
// unpublished draft (or a proposal) would otherwise tell anyone watching it that editors are at work on
// something not yet published. A change counts when it is to an initiative that is published, was
// published before it (unpublishing) or is published by it, or to a participation of a published
// initiative; proposals (revisions) never count until an editor applies them. The newest such change
// stands for all (found from the newest row backwards, so it costs a few lookups), and so do the newest
// published rows written around PocketBase. change_feed (superuser only) lists the same changes, so
// the page cache re-renders nothing for a draft either.
const publicChange = `c.collection IN ('initiatives', 'participations') AND (
	i.lifecycle = 'published'
	OR json_extract(c.diff, '$.lifecycle.before') = 'published'
	OR json_extract(c.diff, '$.lifecycle.after') = 'published'
)`;

const fingerprint = (table) => `(SELECT count(*) || '@' || coalesce(max(updated), '') FROM ${table})`;
const reference = `(SELECT ${fingerprint('programmes')} || '/' || ${fingerprint('categories')} || '/' || ${fingerprint('authorities')}) AS reference`;

const publicVersion = `
	SELECT
	'current' AS id,
	(SELECT coalesce((SELECT c.at || '#' || c.rowid FROM changes c LEFT JOIN initiatives i ON i.id = c.initiative WHERE ${publicChange} ORDER BY c.rowid DESC LIMIT 1), '#0')) AS changes,
	(SELECT coalesce((SELECT rowid FROM initiatives WHERE lifecycle = 'published' ORDER BY rowid DESC LIMIT 1), 0) || '/' || coalesce((SELECT p.rowid FROM participations p JOIN initiatives i ON i.id = p.initiative WHERE i.lifecycle = 'published' ORDER BY p.rowid DESC LIMIT 1), 0)) AS records,
	${reference}
`;

// As 1795900100_create_data_version.js made it.
const latest = (column, table) => `(SELECT max(${column}) FROM ${table})`;
const everyVersion = `
	SELECT
	'current' AS id,
	(SELECT coalesce(${latest('at', 'changes')}, '') || '#' || coalesce(${latest('rowid', 'changes')}, 0)) AS changes,
	(SELECT coalesce(${latest('rowid', 'initiatives')}, 0) || '/' || coalesce(${latest('rowid', 'participations')}, 0)) AS records,
	${reference}
`;

const feed = (where) => `
	SELECT
	c.id AS id,
	c.rowid AS seq,
	c.initiative AS initiative,
	(c.collection = 'participations' OR c.action != 'update' OR json_extract(c.diff, '$.start_year') IS NOT NULL) AS listing,
	(SELECT json_group_array(a.code) FROM authorities a WHERE a.id IN (
		SELECT p.authority FROM participations p WHERE p.initiative = c.initiative
		UNION SELECT json_extract(c.diff, '$.authority.before')
		UNION SELECT json_extract(c.diff, '$.authority.after')
	)) AS councils
	FROM changes c
	${where}
`;

function setQueries(app, version, changeFeed) {
	const dataVersion = app.findCollectionByNameOrId('data_version');
	dataVersion.viewQuery = version;
	app.save(dataVersion);
	const feedView = app.findCollectionByNameOrId('change_feed');
	feedView.viewQuery = changeFeed;
	app.save(feedView);
}

migrate(
	(app) => {
		setQueries(app, publicVersion, feed(`LEFT JOIN initiatives i ON i.id = c.initiative WHERE ${publicChange}`));
	},
	(app) => {
		setQueries(app, everyVersion, feed(`WHERE c.collection IN ('initiatives', 'participations')`));
	}
);
