// Service categories (data/seed/categories.csv): public reference data.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'base',
			name: 'categories',
			listRule: '',
			viewRule: '',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ name: 'slug', type: 'text', required: true, pattern: '^[a-z0-9]+(_[a-z0-9]+)*$', max: 60 },
				{ name: 'name', type: 'text', required: true, max: 100 },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: ['CREATE UNIQUE INDEX idx_categories_slug ON categories (slug)']
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('categories'));
	}
);
