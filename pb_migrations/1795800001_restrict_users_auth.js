// A deactivated account can neither sign in nor refresh its session (PocketBase checks the auth rule on both).
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.authRule = 'deactivated = false';
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.authRule = '';
		app.save(users);
	}
);
