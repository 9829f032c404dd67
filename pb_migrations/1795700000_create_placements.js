// Where each published initiative lands on each boundary vintage: the SQL twin of placeInitiatives
// (src/lib/domain/placeInitiatives.ts). A participant the vintage does not draw is replaced by its
// successors when it had ended by the vintage's date (Taunton Deane → Somerset on the 2024 map), else by
// its predecessors. The coverage views count from here; it is not public, they are.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'placements',
			listRule: null,
			viewRule: null,
			viewQuery: `
			WITH RECURSIVE
			vintages(vintage) AS (SELECT DISTINCT d.value FROM authorities a, json_each(a.vintages) d),
			walk(vintage, initiative, code) AS (
				SELECT v.vintage, p.initiative, a.code
				FROM participations p
				JOIN authorities a ON a.id = p.authority
				JOIN initiatives i ON i.id = p.initiative
				CROSS JOIN vintages v
				WHERE i.lifecycle = 'published'
				UNION
				SELECT w.vintage, w.initiative, next.value
				FROM walk w
				JOIN authorities a ON a.code = w.code
				JOIN json_each(CASE WHEN a.valid_to <> '' AND a.valid_to <= w.vintage || '-12-31' THEN a.successors ELSE a.predecessors END) next
				WHERE NOT EXISTS (SELECT 1 FROM json_each(a.vintages) d WHERE d.value = w.vintage)
			)
			SELECT DISTINCT
			CAST(w.vintage || '_' || w.initiative || '_' || a.code AS TEXT) AS id,
			CAST(w.vintage AS TEXT) AS vintage,
			CAST(w.initiative AS TEXT) AS initiative,
			CAST(a.code AS TEXT) AS code,
			CAST(a.region AS TEXT) AS region,
			CAST(a.tier AS TEXT) AS tier,
			-- An arrangement is shared when its record names two or more authorities (before placing).
			CAST((SELECT count(*) FROM participations q WHERE q.initiative = w.initiative) >= 2 AS INTEGER) AS shared
			FROM walk w
			JOIN authorities a ON a.code = w.code
			WHERE EXISTS (SELECT 1 FROM json_each(a.vintages) d WHERE d.value = w.vintage)
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('placements'));
	}
);
