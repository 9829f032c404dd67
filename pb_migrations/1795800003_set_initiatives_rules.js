// Editors create, edit, publish, unpublish and delete initiatives and see every lifecycle; everyone else
// reads published ones only. Contributors never write here: they propose through revisions. created_by
// is the creating editor and never changes; updated_by, when sent, is the editor sending it.
migrate(
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.listRule = 'lifecycle = "published" || @request.auth.role = "editor"';
		initiatives.viewRule = 'lifecycle = "published" || @request.auth.role = "editor"';
		initiatives.createRule = '@request.auth.role = "editor" && created_by = @request.auth.id && (updated_by = "" || updated_by = @request.auth.id)';
		initiatives.updateRule =
			'@request.auth.role = "editor" && @request.body.created_by:isset = false && (@request.body.updated_by:isset = false || @request.body.updated_by = @request.auth.id)';
		initiatives.deleteRule = '@request.auth.role = "editor"';
		app.save(initiatives);
	},
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.listRule = 'lifecycle = "published"';
		initiatives.viewRule = 'lifecycle = "published"';
		initiatives.createRule = null;
		initiatives.updateRule = null;
		initiatives.deleteRule = null;
		app.save(initiatives);
	}
);
