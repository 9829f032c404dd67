// Relations between initiatives are audited now (pb_hooks/audit.pb.js), and change_feed reports a
// relation's change to the app's page cache (src/lib/server/changeReader.ts) as a change of the initiative
// it starts from that moves the lists of every council in any initiative linked to either end, directly or
// through a chain of links: totals that count a part within its parent, or an arrangement within its
// successor, can change for such a council when any link of the chain does, and for no other. (Counting
// relations in data_version instead made every page stale whenever one was deleted, as happens with
// every deleted initiative that had one.)
// Only changes the public can see, as 1796200001_count_only_public_changes.js says (copied: a migration
// keeps the queries it was written against).
const publicChange = `c.collection IN ('initiatives', 'participations') AND (
	i.lifecycle = 'published'
	OR json_extract(c.diff, '$.lifecycle.before') = 'published'
	OR json_extract(c.diff, '$.lifecycle.after') = 'published'
)`;

// As 1796200001_count_only_public_changes.js left it.
const before = `
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
	LEFT JOIN initiatives i ON i.id = c.initiative WHERE ${publicChange}
`;

// data_version's latest change, as 1796200001 made it and with relations counted too (the page cache reads
// change_feed only when this moves).
const fingerprint = (table) => `(SELECT count(*) || '@' || coalesce(max(updated), '') FROM ${table})`;
const reference = `(SELECT ${fingerprint('programmes')} || '/' || ${fingerprint('categories')} || '/' || ${fingerprint('authorities')}) AS reference`;
const version = (where) => `
	SELECT
	'current' AS id,
	(SELECT coalesce((SELECT c.at || '#' || c.rowid FROM changes c LEFT JOIN initiatives i ON i.id = c.initiative WHERE ${where} ORDER BY c.rowid DESC LIMIT 1), '#0')) AS changes,
	(SELECT coalesce((SELECT rowid FROM initiatives WHERE lifecycle = 'published' ORDER BY rowid DESC LIMIT 1), 0) || '/' || coalesce((SELECT p.rowid FROM participations p JOIN initiatives i ON i.id = p.initiative WHERE i.lifecycle = 'published' ORDER BY p.rowid DESC LIMIT 1), 0)) AS records,
	${reference}
`;
const relationChange = `c.collection = 'initiative_relations' AND i.lifecycle = 'published'`;

// A relation's change counts when its from end is published (a link the public can see needs both ends
// published; one to a draft only makes the pages it names render again).
// A relation's change row names its from end (c.initiative); the other end is in the diff (created,
// deleted or moved) or, for an edit of its note or source, in the relation itself. PocketBase's view parser
// takes each column as one parenthesised expression.
const after = `
			SELECT
			c.id AS id,
			c.rowid AS seq,
			c.initiative AS initiative,
			(c.collection != 'initiatives' OR c.action != 'update' OR json_extract(c.diff, '$.start_year') IS NOT NULL) AS listing,
			(CASE WHEN c.collection = 'initiative_relations' THEN (
				WITH RECURSIVE linked(id) AS (
					SELECT c.initiative
					UNION SELECT json_extract(c.diff, '$.to_initiative.before')
					UNION SELECT json_extract(c.diff, '$.to_initiative.after')
					UNION SELECT json_extract(c.diff, '$.from_initiative.before')
					UNION SELECT r.to_initiative FROM initiative_relations r WHERE r.id = c.record
					UNION SELECT r.to_initiative FROM initiative_relations r JOIN linked l ON r.from_initiative = l.id
					UNION SELECT r.from_initiative FROM initiative_relations r JOIN linked l ON r.to_initiative = l.id
				)
				SELECT json_group_array(a.code) FROM authorities a WHERE a.id IN (SELECT p.authority FROM participations p WHERE p.initiative IN (SELECT id FROM linked))
			) ELSE (SELECT json_group_array(a.code) FROM authorities a WHERE a.id IN (
				SELECT p.authority FROM participations p WHERE p.initiative = c.initiative
				UNION SELECT json_extract(c.diff, '$.authority.before')
				UNION SELECT json_extract(c.diff, '$.authority.after')
			)) END) AS councils
			FROM changes c
			LEFT JOIN initiatives i ON i.id = c.initiative
			WHERE (${publicChange}) OR (${relationChange})
		`;

function setQueries(app, dataVersion, changeFeed) {
	const versionView = app.findCollectionByNameOrId('data_version');
	versionView.viewQuery = dataVersion;
	app.save(versionView);
	const feed = app.findCollectionByNameOrId('change_feed');
	feed.viewQuery = changeFeed;
	app.save(feed);
}

migrate(
	(app) => {
		setQueries(app, version(`(${publicChange}) OR (${relationChange})`), after);
	},
	(app) => {
		setQueries(app, version(publicChange), before);
	}
);
