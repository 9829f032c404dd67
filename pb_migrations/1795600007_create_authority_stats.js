// Published initiatives per authority as named (a former council keeps its own row). Savings stay split by
// kind: annual and total figures are never added together. Each sum counts an initiative's whole figure.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'authority_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
			SELECT
			a.id AS id,
			a.code AS code,
			a.name AS name,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count,
			count(CASE WHEN p.role = 'lead' THEN 1 END) AS led,
			json_group_array(DISTINCT pr.slug) AS programmes,
			json_group_array(DISTINCT c.slug) AS categories
			FROM authorities a
			JOIN participations p ON p.authority = a.id
			JOIN initiatives i ON i.id = p.initiative
			JOIN programmes pr ON pr.id = i.programme
			JOIN categories c ON c.id = i.category
			WHERE i.lifecycle = 'published'
			GROUP BY a.id
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('authority_stats'));
	}
);
