// A user's editing role; the role rules themselves come with the editing issue.
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.add(new SelectField({ name: 'role', maxSelect: 1, values: ['contributor', 'editor'] }));
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.fields.removeByName('role');
		app.save(users);
	}
);
