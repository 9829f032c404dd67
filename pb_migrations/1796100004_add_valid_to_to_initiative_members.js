// A council's page shows an initiative as ended once every council it names was abolished, so the members
// it lists carry the day each council was abolished (valid_to, '' while it exists).
const query = (extra) => `
			SELECT p.id AS id, p.initiative AS initiative, p.role AS role, a.code AS code, a.name AS name${extra}, i.start_year AS start_year
			FROM participations p
			JOIN initiatives i ON i.id = p.initiative
			JOIN authorities a ON a.id = p.authority
			WHERE i.lifecycle = 'published'
		`;

migrate((app) => {
	const view = app.findCollectionByNameOrId('initiative_members');
	view.viewQuery = query(', a.valid_to AS valid_to');
	app.save(view);
}, (app) => {
	const view = app.findCollectionByNameOrId('initiative_members');
	view.viewQuery = query('');
	app.save(view);
});
