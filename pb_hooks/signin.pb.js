/// <reference path="../pb_data/types.d.ts" />
// Password guessing against one account is stopped whatever address it comes from: after 5 failed
// sign-ins an account refuses passwords for 10 minutes (PocketBase's own limiter, per address, is the
// other half: pb_migrations/1795800009_enable_rate_limits.js). Unknown e-mail addresses count the same,
// so the limit does not reveal which accounts exist.
onRecordAuthWithPasswordRequest((e) => require(`${__hooks}/lib/signin.js`).guard(e), 'users');
