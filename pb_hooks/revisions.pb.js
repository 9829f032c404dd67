/// <reference path="../pb_data/types.d.ts" />
// Proposals must be honest about the councils they name, since the create rule decides on `authorities`
// (pb_migrations/1795800007_create_revisions.js): checked here so it holds for direct API calls.
onRecordCreateRequest((e) => {
	if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/revisions.js`).checkAuthorities(e.app, e.record);
	e.next();
}, 'revisions');
