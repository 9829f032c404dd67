// Relations between initiatives (data/seed/relations.csv): one is part of another, or was succeeded by
// another. Pages show the two together and totals count them once. Public where both ends are published;
// editors write them. Each initiative has at most one parent and one successor (pb_hooks/relations.pb.js
// keeps them free of cycles).
migrate(
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives').id;
		const published = 'from_initiative.lifecycle = "published" && to_initiative.lifecycle = "published"';
		const collection = new Collection({
			type: 'base',
			name: 'initiative_relations',
			listRule: `${published} || @request.auth.role = "editor"`,
			viewRule: `${published} || @request.auth.role = "editor"`,
			createRule: '@request.auth.role = "editor"',
			updateRule: '@request.auth.role = "editor"',
			deleteRule: '@request.auth.role = "editor"',
			fields: [
				{ name: 'from_initiative', type: 'relation', required: true, maxSelect: 1, cascadeDelete: true, collectionId: initiatives },
				{ name: 'relation', type: 'select', required: true, maxSelect: 1, values: ['part_of', 'succeeded_by'] },
				{ name: 'to_initiative', type: 'relation', required: true, maxSelect: 1, cascadeDelete: true, collectionId: initiatives },
				{ name: 'source_url', type: 'text', max: 2000 },
				{ name: 'note', type: 'text', max: 500 },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: [
				'CREATE UNIQUE INDEX idx_initiative_relations_from ON initiative_relations (from_initiative, relation)',
				'CREATE INDEX idx_initiative_relations_to ON initiative_relations (to_initiative)'
			]
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('initiative_relations'));
	}
);
