// The authority register (static/geo/authorities.<hash>.json), loaded by the seed: public reference data.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'base',
			name: 'authorities',
			listRule: '',
			viewRule: '',
			createRule: null,
			updateRule: null,
			deleteRule: null,
			fields: [
				{ name: 'code', type: 'text', required: true, pattern: '^[EWSN][0-9]{8}$', max: 9 },
				{ name: 'name', type: 'text', required: true, max: 200 },
				{ name: 'aliases', type: 'json' },
				{
					name: 'kind',
					type: 'select',
					required: true,
					maxSelect: 1,
					values: ['county', 'non-metropolitan district', 'unitary', 'metropolitan district', 'london borough', 'city of london', 'isles of scilly']
				},
				{ name: 'tier', type: 'select', required: true, maxSelect: 1, values: ['upper', 'lower', 'single'] },
				{ name: 'region', type: 'text', required: true, pattern: '^E12[0-9]{6}$', max: 9 },
				{ name: 'region_name', type: 'text', required: true, max: 100 },
				// Codes rather than relations: the register's links may point outside it, and order of loading stays free.
				{ name: 'parent', type: 'text', pattern: '^([EWSN][0-9]{8})?$', max: 9 },
				{ name: 'valid_from', type: 'text', pattern: '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$', max: 10 },
				{ name: 'valid_to', type: 'text', pattern: '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$', max: 10 },
				{ name: 'predecessors', type: 'json' },
				{ name: 'successors', type: 'json' },
				{ name: 'vintages', type: 'json' },
				{ name: 'neighbours', type: 'json' },
				{ name: 'centroid', type: 'json' },
				{ name: 'bbox', type: 'json' },
				{ name: 'population', type: 'json' },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: ['CREATE UNIQUE INDEX idx_authorities_code ON authorities (code)', 'CREATE INDEX idx_authorities_region ON authorities (region)']
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('authorities'));
	}
);
