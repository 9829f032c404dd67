// data_version is public, so it must move only when something the public can see changes: an edit to an
// unpublished draft (or a proposal) would otherwise tell anyone watching it that editors are at work on
// something not yet published. Each change now says whether it is public (pb_hooks/lib/audit.js decides
// when it is written: a change to an initiative published before or after it, or to a council link of a
// published one; never a proposal); earlier changes count as public, as they did. data_version follows the
// newest public change (found from the newest row backwards: a few rows) and the newest published rows,
// and change_feed (superuser only) lists only public changes, so the page cache re-renders nothing for a
// draft either.
const fingerprint = (table) => `(SELECT count(*) || '@' || coalesce(max(updated), '') FROM ${table})`;
const reference = `(SELECT ${fingerprint('programmes')} || '/' || ${fingerprint('categories')} || '/' || ${fingerprint('authorities')}) AS reference`;

const publicVersion = `
	SELECT
	'current' AS id,
	(SELECT coalesce((SELECT at || '#' || rowid FROM changes WHERE public = TRUE ORDER BY rowid DESC LIMIT 1), '#0')) AS changes,
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

// As 1795900102_create_change_feed.js made it, with `only` added to its condition.
const feed = (only) => `
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
	WHERE c.collection IN ('initiatives', 'participations')${only}
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
		const changes = app.findCollectionByNameOrId('changes');
		changes.fields.add(new BoolField({ name: 'public' }));
		app.save(changes);
		app.db().newQuery("UPDATE changes SET public = (collection != 'revisions')").execute();
		setQueries(app, publicVersion, feed(' AND c.public = TRUE'));
	},
	(app) => {
		setQueries(app, everyVersion, feed(''));
		const changes = app.findCollectionByNameOrId('changes');
		changes.fields.removeByName('public');
		app.save(changes);
	}
);
