// Participations follow their initiative: public when it is published, every one for editors, and only
// editors write them (contributors propose participations inside a revision).
migrate(
	(app) => {
		const participations = app.findCollectionByNameOrId('participations');
		participations.listRule = 'initiative.lifecycle = "published" || @request.auth.role = "editor"';
		participations.viewRule = 'initiative.lifecycle = "published" || @request.auth.role = "editor"';
		participations.createRule = '@request.auth.role = "editor"';
		participations.updateRule = '@request.auth.role = "editor"';
		participations.deleteRule = '@request.auth.role = "editor"';
		app.save(participations);
	},
	(app) => {
		const participations = app.findCollectionByNameOrId('participations');
		participations.listRule = 'initiative.lifecycle = "published"';
		participations.viewRule = 'initiative.lifecycle = "published"';
		participations.createRule = null;
		participations.updateRule = null;
		participations.deleteRule = null;
		app.save(participations);
	}
);
