// Nobody anonymous writes anything: closes PocketBase's default public sign-up on users
// (accounts are created by a superuser until the editing issue decides otherwise).
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.createRule = null;
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.createRule = '';
		app.save(users);
	}
);
