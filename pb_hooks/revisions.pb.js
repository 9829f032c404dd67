/// <reference path="../pb_data/types.d.ts" />
// Proposals must be honest about the councils they name, since the create rule decides on `authorities`
// (pb_migrations/1795800007_create_revisions.js): checked here so it holds for direct API calls.
// Whatever a proposal holds must be an initiative the app can show and approve: the app's own validator
// checks it (pb_hooks/lib/inputs.js), so a malformed proposal cannot break the editors' review queue.
onRecordCreateRequest((e) => {
	require(`${__hooks}/lib/inputs.js`).checkProposal(e.app, e.record);
	if (!e.hasSuperuserAuth()) require(`${__hooks}/lib/revisions.js`).checkAuthorities(e.app, e.record);
	e.next();
}, 'revisions');
