// Initiative ↔ authority with a role: a join collection so the SQL views can aggregate per authority.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'base',
			name: 'participations',
			listRule: 'initiative.lifecycle = "published"',
			viewRule: 'initiative.lifecycle = "published"',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{
					name: 'initiative',
					type: 'relation',
					required: true,
					maxSelect: 1,
					cascadeDelete: true,
					collectionId: app.findCollectionByNameOrId('initiatives').id
				},
				{
					name: 'authority',
					type: 'relation',
					required: true,
					maxSelect: 1,
					cascadeDelete: false,
					collectionId: app.findCollectionByNameOrId('authorities').id
				},
				{ name: 'role', type: 'select', required: true, maxSelect: 1, values: ['lead', 'partner'] },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: [
				// Also serves lookups by initiative (its leading column), so no separate index on initiative.
				'CREATE UNIQUE INDEX idx_participations_initiative_authority ON participations (initiative, authority)',
				'CREATE INDEX idx_participations_authority ON participations (authority)'
			]
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('participations'));
	}
);
