/// <reference path="../pb_data/types.d.ts" />
// The write path of the import, the editing forms and the seed (src/lib/server/importInitiatives.ts):
// a list of creates, updates and deletes of initiatives and participations, written in one transaction,
// whole or not at all. PocketBase's batch API did the same, but ran every record through a request of its
// own; this saves the records directly, with the same rules, validation, audit and authority_stats.
routerAdd('POST', '/api/app/write-initiatives', (e) => require(`${__hooks}/lib/writeInitiatives.js`).handle(e));
