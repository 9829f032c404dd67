/// <reference path="../pb_data/types.d.ts" />
// Deactivating an account ends its sessions at once: the auth rule stops new sign-ins and refreshes,
// and a new token key invalidates every token already issued (which rules alone would still accept).
onRecordUpdate((e) => {
	if (e.record.getBool('deactivated') && !e.record.original().getBool('deactivated')) e.record.refreshTokenKey();
	e.next();
}, 'users');

// Passwords pass the app's rule and display names are unique, through the app or the REST API alike.
onRecordCreateRequest((e) => {
	const users = require(`${__hooks}/lib/users.js`);
	users.checkPassword(e);
	users.checkName(e);
	e.next();
}, 'users');

onRecordUpdateRequest((e) => {
	const users = require(`${__hooks}/lib/users.js`);
	users.checkPassword(e);
	users.checkName(e);
	e.next();
}, 'users');

onRecordsListRequest((e) => {
	require(`${__hooks}/lib/users.js`).checkListQuery(e);
	e.next();
}, 'users');

// Signing out ends the session on the server: a new token key invalidates every token of the account
// (PocketBase's tokens are otherwise valid until they expire, so a copied cookie would still work).
routerAdd(
	'POST',
	'/api/signout',
	(e) => {
		const user = e.auth;
		user.refreshTokenKey();
		e.app.save(user);
		return e.noContent(204);
	},
	$apis.requireAuth('users')
);
