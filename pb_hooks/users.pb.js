/// <reference path="../pb_data/types.d.ts" />
// Deactivating an account ends its sessions at once: the auth rule stops new sign-ins and refreshes,
// and a new token key invalidates every token already issued (which rules alone would still accept).
onRecordUpdate((e) => {
	if (e.record.getBool('deactivated') && !e.record.original().getBool('deactivated')) e.record.refreshTokenKey();
	e.next();
}, 'users');
