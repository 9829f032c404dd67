// The audit trail: one record per create, update, delete or state change of an initiative,
// participation or revision, however it was made, written by pb_hooks/audit.pb.js in the same
// transaction. Editors read it; nobody writes it through the API, not even to correct it.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'base',
			name: 'changes',
			listRule: '@request.auth.role = "editor"',
			viewRule: '@request.auth.role = "editor"',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ name: 'collection', type: 'text', required: true, max: 100 },
				{ name: 'record', type: 'text', required: true, max: 50 },
				// The initiative the change belongs to, so its history is one query ('' for a new-initiative proposal).
				{ name: 'initiative', type: 'text', max: 50 },
				{ name: 'action', type: 'select', required: true, maxSelect: 1, values: ['create', 'update', 'delete', 'state'] },
				// A users record id, "superuser", or "system" (PocketBase itself, e.g. a migration).
				{ name: 'actor', type: 'text', required: true, max: 50 },
				// The actor's display name when the change was made (never an e-mail address).
				{ name: 'actor_name', type: 'text', max: 200 },
				// How the change came: "app", "import" (as the app labels its requests) or "api" (anything else).
				{ name: 'via', type: 'text', max: 20 },
				// { field: { before, after } } for the fields that changed.
				{ name: 'diff', type: 'json', maxSize: 200000 },
				{ name: 'at', type: 'autodate', onCreate: true, onUpdate: false }
			],
			indexes: ['CREATE INDEX idx_changes_initiative ON changes (initiative, at)', 'CREATE INDEX idx_changes_record ON changes (record)']
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('changes'));
	}
);
