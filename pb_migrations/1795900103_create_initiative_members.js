// One row per council taking part in an initiative, with the council's code and name: what a list of
// initiatives shows of its members (src/lib/server/initiatives.ts, listInitiativesNaming). One indexed
// join, where participations expanded with their authority made PocketBase serialise each whole authority
// record (neighbours, bounding box, population...) only to trim it, two to three times the cost.
// Readable exactly as participations are: members of published initiatives by everyone, all by editors.
const rule = 'initiative.lifecycle = "published" || @request.auth.role = "editor"';

migrate((app) => {
	const collection = new Collection({
		type: 'view',
		name: 'initiative_members',
		listRule: rule,
		viewRule: rule,
		viewQuery: `
			SELECT p.id AS id, p.initiative AS initiative, p.role AS role, a.code AS code, a.name AS name
			FROM participations p
			JOIN authorities a ON a.id = p.authority
		`
	});
	app.save(collection);
}, (app) => {
	app.delete(app.findCollectionByNameOrId('initiative_members'));
});
