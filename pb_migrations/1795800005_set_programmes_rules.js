// Editors maintain the programmes (reference data); a programme that initiatives use cannot be deleted
// (the initiatives' required relation refuses it).
migrate(
	(app) => {
		const programmes = app.findCollectionByNameOrId('programmes');
		programmes.createRule = '@request.auth.role = "editor"';
		programmes.updateRule = '@request.auth.role = "editor"';
		programmes.deleteRule = '@request.auth.role = "editor"';
		app.save(programmes);
	},
	(app) => {
		const programmes = app.findCollectionByNameOrId('programmes');
		programmes.createRule = null;
		programmes.updateRule = null;
		programmes.deleteRule = null;
		app.save(programmes);
	}
);
