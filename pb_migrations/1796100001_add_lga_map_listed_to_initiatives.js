// Whether a source says the arrangement appeared on the LGA's shared services map: a listing, which the
// pages show as such, not a programme the councils joined.
migrate(
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.fields.add(new BoolField({ name: 'lga_map_listed' }));
		app.save(initiatives);
	},
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.fields.removeByName('lga_map_listed');
		app.save(initiatives);
	}
);
