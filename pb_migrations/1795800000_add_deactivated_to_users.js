// Editors deactivate contributor accounts instead of deleting them, so audit records keep a valid actor.
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.add(new BoolField({ name: 'deactivated' }));
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.removeByName('deactivated');
		app.save(users);
	}
);
