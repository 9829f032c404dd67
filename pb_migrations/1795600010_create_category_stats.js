// Published initiatives per category, every category listed (0 when it has none), with how many authorities take part.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'category_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
			SELECT
			c.id AS id,
			c.slug AS slug,
			c.name AS name,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count,
			CAST((
				SELECT count(DISTINCT p.authority) FROM participations p JOIN initiatives j ON j.id = p.initiative
				WHERE j.category = c.id AND j.lifecycle = 'published'
			) AS INTEGER) AS authorities
			FROM categories c
			LEFT JOIN initiatives i ON i.category = c.id AND i.lifecycle = 'published'
			GROUP BY c.id
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('category_stats'));
	}
);
