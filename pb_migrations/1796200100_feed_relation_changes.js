// Relations between initiatives are audited now (pb_hooks/audit.pb.js), and change_feed reports a
// relation's change to the app's page cache (src/lib/server/changeReader.ts) as a change of the initiative
// it starts from that moves the lists of every council in any initiative linked to either end, directly or
// through a chain of links: totals that count a part within its parent, or an arrangement within its
// successor, can change for such a council when any link of the chain does, and for no other. (Counting
// relations in data_version instead made every page stale whenever one was deleted, as happens with
// every deleted initiative that had one.)
// As 1796200001_count_only_public_changes.js left it: public changes only (pb_hooks/lib/audit.js decides
// when it writes a change whether the public can see it; a relation's is when both ends are published).
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
	WHERE c.collection IN ('initiatives', 'participations') AND c.public = TRUE
`;

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
			WHERE c.collection IN ('initiatives', 'participations', 'initiative_relations') AND c.public = TRUE
		`;

migrate(
	(app) => {
		const feed = app.findCollectionByNameOrId('change_feed');
		feed.viewQuery = after;
		app.save(feed);
	},
	(app) => {
		const feed = app.findCollectionByNameOrId('change_feed');
		feed.viewQuery = before;
		app.save(feed);
	}
);
