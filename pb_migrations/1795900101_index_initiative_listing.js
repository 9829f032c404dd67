// A council's page lists its most recent published initiatives (src/lib/server/initiatives.ts,
// listInitiativesNaming): SQLite joins each of the council's participations to its initiative to check
// lifecycle and sort by start year, about 1,200 rows for a council at 100k initiatives. This index
// covers that join, so SQLite reads index pages instead of whole initiative rows (descriptions, sources),
// about twice as fast at 100k.
migrate(
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.addIndex('idx_initiatives_listing', false, 'id, lifecycle, start_year', '');
		app.save(initiatives);
	},
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.removeIndex('idx_initiatives_listing');
		app.save(initiatives);
	}
);
