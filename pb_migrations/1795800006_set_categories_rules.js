// Editors maintain the service categories (reference data), as they do programmes.
migrate(
	(app) => {
		const categories = app.findCollectionByNameOrId('categories');
		categories.createRule = '@request.auth.role = "editor"';
		categories.updateRule = '@request.auth.role = "editor"';
		categories.deleteRule = '@request.auth.role = "editor"';
		app.save(categories);
	},
	(app) => {
		const categories = app.findCollectionByNameOrId('categories');
		categories.createRule = null;
		categories.updateRule = null;
		categories.deleteRule = null;
		app.save(categories);
	}
);
