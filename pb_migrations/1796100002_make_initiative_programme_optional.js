// A plain shared-service arrangement belongs to no programme, so an initiative's programme may be empty.
// Going back, initiatives without one return to the shared_services listing (which must exist then).
migrate(
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.fields.getByName('programme').required = false;
		app.save(initiatives);
	},
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		const orphans = app.findRecordsByFilter('initiatives', 'programme = ""', '', 0, 0);
		if (orphans.length > 0) {
			const listing = app.findFirstRecordByData('programmes', 'slug', 'shared_services');
			for (const record of orphans) {
				record.set('programme', listing.id);
				app.saveNoValidate(record);
			}
		}
		initiatives.fields.getByName('programme').required = true;
		app.save(initiatives);
	}
);
