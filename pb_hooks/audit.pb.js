/// <reference path="../pb_data/types.d.ts" />
// The audit trail: every create, update, delete and state change of an initiative,
// participation, revision or relation between initiatives writes a `changes` record (who, when, what
// changed, before → after), whether it came through the app, an import, the dashboard or a direct API
// call. Request hooks know the actor; the model hooks below write the record, so cascaded deletes are
// recorded too. The app's page cache learns from the same records which pages a change touches
// (pb_migrations, change_feed).
const audited = ['initiatives', 'participations', 'revisions', 'initiative_relations'];

onRecordCreateRequest((e) => require(`${__hooks}/lib/audit.js`).withActor(e), ...audited);
onRecordUpdateRequest((e) => require(`${__hooks}/lib/audit.js`).withActor(e), ...audited);
onRecordDeleteRequest((e) => require(`${__hooks}/lib/audit.js`).withActor(e), ...audited);

// The change records themselves: the project's launcher writes them in Go (pocketbase/audit.go: every
// record of an import runs them, too often for a JS hook); these register the same only when PocketBase is
// a stock binary (POCKETBASE_BIN).
if ($os.getenv('MAP_POCKETBASE_LAUNCHER') !== '1') {
	onRecordCreate(
		(e) => {
			e.next();
			require(`${__hooks}/lib/audit.js`).write(e.app, null, e.record);
		},
		...audited
	);

	onRecordUpdate(
		(e) => {
			const before = e.record.original();
			e.next();
			require(`${__hooks}/lib/audit.js`).write(e.app, before, e.record);
		},
		...audited
	);

	onRecordDelete(
		(e) => {
			e.next();
			require(`${__hooks}/lib/audit.js`).write(e.app, e.record, null);
		},
		...audited
	);
}
