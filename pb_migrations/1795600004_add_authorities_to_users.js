// The authorities a user may edit for (a contributor's councils), for the editing issue's rules.
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.add(
			new RelationField({
				name: 'authorities',
				collectionId: app.findCollectionByNameOrId('authorities').id,
				maxSelect: 999,
				cascadeDelete: false
			})
		);
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.removeByName('authorities');
		app.save(users);
	}
);
