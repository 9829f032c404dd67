// The LGA productivity programme activities (data/seed/programmes.csv): public reference data.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'base',
			name: 'programmes',
			listRule: '',
			viewRule: '',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ name: 'slug', type: 'text', required: true, pattern: '^[a-z0-9]+(_[a-z0-9]+)*$', max: 60 },
				{ name: 'theme', type: 'text', required: true, max: 60 },
				{ name: 'name', type: 'text', required: true, max: 200 },
				{ name: 'summary', type: 'text', max: 2000 },
				{ name: 'priorities', type: 'json' },
				{ name: 'how_to_get_involved', type: 'text', max: 2000 },
				{ name: 'expected_savings_text', type: 'text', max: 200 },
				// 0 means the text gives no figure (PocketBase numbers are never null).
				{ name: 'expected_savings_min', type: 'number', min: 0 },
				{ name: 'expected_savings_max', type: 'number', min: 0 },
				{ name: 'period', type: 'text', max: 60 },
				{ name: 'source', type: 'text', max: 2000 },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: ['CREATE UNIQUE INDEX idx_programmes_slug ON programmes (slug)']
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('programmes'));
	}
);
