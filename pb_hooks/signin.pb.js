/// <reference path="../pb_data/types.d.ts" />
// Password guessing against one account: after 5 failed sign-ins from one client address, the account
// refuses passwords from that address for 10 minutes, while its owner elsewhere still signs in
// (PocketBase's own limiter, per address, is the other half: pb_migrations/1795800009_enable_rate_limits.js;
// the address is the visitor's, forwarded by the app: 1796200000_trust_forwarded_for.js). Unknown e-mail
// addresses count the same, so the limit does not reveal which accounts exist.
onRecordAuthWithPasswordRequest((e) => require(`${__hooks}/lib/signin.js`).guard(e), 'users');
