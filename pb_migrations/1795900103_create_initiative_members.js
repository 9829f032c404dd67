// One row per council taking part in a published initiative, with the council's code and name and the
// initiative's start year: what a council's page lists (src/lib/server/initiatives.ts,
// listInitiativesNaming), in one indexed join for each of its two queries (the council's most recent
// initiatives, then their members).
// - Participations expanded with their authority made PocketBase serialise each whole authority record
//   (neighbours, bounding box, population...) only to trim it: two to three times the cost.
// - Public with the published condition in the query, not in a rule: PocketBase delays anonymous filtered
//   lists that come back empty on collections with a rule (a timing-attack guard, up to 500 ms), which
//   every page of a council without initiatives did.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'initiative_members',
			listRule: '',
			viewRule: '',
			viewQuery: `
			SELECT p.id AS id, p.initiative AS initiative, p.role AS role, a.code AS code, a.name AS name, i.start_year AS start_year
			FROM participations p
			JOIN initiatives i ON i.id = p.initiative
			JOIN authorities a ON a.id = p.authority
			WHERE i.lifecycle = 'published'
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('initiative_members'));
	}
);
