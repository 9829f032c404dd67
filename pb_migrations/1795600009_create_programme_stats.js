// Published initiatives per programme, every programme listed (0 when it has none), with how many authorities take part.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'programme_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
			SELECT
			pr.id AS id,
			pr.slug AS slug,
			pr.name AS name,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count,
			CAST((
				SELECT count(DISTINCT p.authority) FROM participations p JOIN initiatives j ON j.id = p.initiative
				WHERE j.programme = pr.id AND j.lifecycle = 'published'
			) AS INTEGER) AS authorities
			FROM programmes pr
			LEFT JOIN initiatives i ON i.programme = pr.id AND i.lifecycle = 'published'
			GROUP BY pr.id
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('programme_stats'));
	}
);
