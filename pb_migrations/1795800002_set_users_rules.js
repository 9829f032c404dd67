// Who may see and change accounts: everyone sees only their own account, editors also see the
// contributors they manage; editors create contributors and change their name, authorities and
// deactivation; nobody but a superuser makes an editor or changes their own role or authorities.
// No manage rule on purpose: PocketBase would then show managed accounts' e-mail addresses to editors.
const self = 'id = @request.auth.id';
const editorOverContributor = '@request.auth.role = "editor" && role = "contributor"';
const untouched = (fields) => fields.map((field) => `@request.body.${field}:isset = false`).join(' && ');

migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.listRule = `${self} || (${editorOverContributor})`;
		users.viewRule = `${self} || (${editorOverContributor})`;
		users.createRule = '@request.auth.role = "editor" && role = "contributor" && deactivated = false && emailVisibility = false';
		users.updateRule = [
			`(${self} && ${untouched(['role', 'authorities', 'deactivated', 'emailVisibility'])})`,
			`(${editorOverContributor} && (@request.body.role:isset = false || @request.body.role = "contributor") && ${untouched(['emailVisibility'])})`
		].join(' || ');
		users.deleteRule = null;
		app.save(users);
	},
	(app) => {
		const users = app.findCollectionByNameOrId('users');
		users.listRule = self;
		users.viewRule = self;
		users.createRule = null;
		users.updateRule = self;
		users.deleteRule = self;
		app.save(users);
	}
);
