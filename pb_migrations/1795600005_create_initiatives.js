// Initiatives: the public sees published ones only; writes are superuser-only until the editing issue's role rules.
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users').id;
		const collection = new Collection({
			type: 'base',
			name: 'initiatives',
			listRule: 'lifecycle = "published"',
			viewRule: 'lifecycle = "published"',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ name: 'slug', type: 'text', required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', max: 100 },
				{ name: 'name', type: 'text', required: true, max: 200 },
				{ name: 'programme', type: 'relation', required: true, maxSelect: 1, collectionId: app.findCollectionByNameOrId('programmes').id },
				{ name: 'category', type: 'relation', required: true, maxSelect: 1, collectionId: app.findCollectionByNameOrId('categories').id },
				{ name: 'status', type: 'select', required: true, maxSelect: 1, values: ['operational', 'planned', 'ended', 'merged', 'unknown'] },
				// Years and savings: 0 means "not reported" (PocketBase numbers are never null).
				{ name: 'start_year', type: 'number', onlyInt: true, min: 1900, max: 2100 },
				{ name: 'end_year', type: 'number', onlyInt: true, min: 1900, max: 2100 },
				{ name: 'description', type: 'text', required: true, max: 1000 },
				{ name: 'annual_savings', type: 'number', onlyInt: true, min: 0, max: 1000000000000 },
				{ name: 'total_savings', type: 'number', onlyInt: true, min: 0, max: 1000000000000 },
				{ name: 'savings_basis', type: 'text', max: 300 },
				{ name: 'sources', type: 'json', required: true },
				{ name: 'lifecycle', type: 'select', required: true, maxSelect: 1, values: ['draft', 'pending', 'published'] },
				{ name: 'created_by', type: 'relation', maxSelect: 1, collectionId: users },
				{ name: 'updated_by', type: 'relation', maxSelect: 1, collectionId: users },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_initiatives_slug ON initiatives (slug)',
				'CREATE INDEX idx_initiatives_programme ON initiatives (programme)',
				'CREATE INDEX idx_initiatives_category ON initiatives (category)',
				'CREATE INDEX idx_initiatives_start_year ON initiatives (start_year)',
				'CREATE INDEX idx_initiatives_lifecycle ON initiatives (lifecycle)'
			]
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('initiatives'));
	}
);
