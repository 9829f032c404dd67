// The change history shows each person's role beside their name (a display name alone could pass for an
// editor's): the role is kept with each change as it was then (pb_hooks/lib/audit.js). Changes recorded
// before take the account's role now, the best there is.
migrate(
	(app) => {
		const changes = app.findCollectionByNameOrId('changes');
		changes.fields.add(new TextField({ name: 'actor_role', max: 20 }));
		app.save(changes);
		app.db().newQuery("UPDATE changes SET actor_role = coalesce((SELECT role FROM users WHERE users.id = changes.actor), '')").execute();
	},
	(app) => {
		const changes = app.findCollectionByNameOrId('changes');
		changes.fields.removeByName('actor_role');
		app.save(changes);
	}
);
