/// <reference path="../pb_data/types.d.ts" />
// authority_stats is a table (a view re-aggregated on every read was too slow at 100k
// initiatives). These model hooks keep it equal to its aggregate: every write that can change an
// authority's row recomputes exactly the authorities it touches, in the write's transaction. Model hooks
// rather than request hooks, so imports, batches, the dashboard and cascaded deletes (an initiative's
// participations) are all covered.

// Anything written with PocketBase stopped (benchmark loads, a restored backup) fired no hook, so the
// server starts from rebuilt rows. Only `serve`: the `migrate` and `superuser` commands that
// scripts/lib/pocketbase.ts runs before it bootstrap too, and a rebuild takes a second or two at 100k
// initiatives.
onBootstrap((e) => {
	e.next();
	if ($os.args.indexOf('serve') >= 0) require(`${__hooks}/lib/authorityStats.js`).rebuild(e.app);
});

// A participation joining or leaving changes the equal share of every other member of the initiative. Its
// fields are read only when the rows are recomputed: a write of many records (saveAndRecompute) skips that,
// and every field read from a hook is a call into Go.
onRecordCreate((e) => {
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	stats.saveAndRecompute(e, (app) => [e.record.getString('authority')].concat(stats.authoritiesSharing(app, e.record.getString('initiative'))));
}, 'participations');

onRecordUpdate((e) => {
	// Moving a participation to another authority or initiative changes the rows of both sides.
	const before = e.record.original();
	const authorities = [before.getString('authority'), e.record.getString('authority')];
	const initiatives = [before.getString('initiative'), e.record.getString('initiative')];
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	stats.saveAndRecompute(e, (app) => authorities.concat(...initiatives.map((id) => stats.authoritiesSharing(app, id))));
}, 'participations');

onRecordDelete((e) => {
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	stats.saveAndRecompute(e, (app) => [e.record.getString('authority')].concat(stats.authoritiesSharing(app, e.record.getString('initiative'))));
}, 'participations');

// A new initiative has no participations yet, and deleting one deletes them (each through the hook above).
// Publishing or withdrawing one also decides whether it stands for, or is left out beside, the initiatives
// linked to it, so their councils are recomputed too.
onRecordUpdate((e) => {
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	if (!stats.initiativeCounts(e.record.original(), e.record)) return e.next();
	stats.saveAndRecompute(e, (app) => stats.authoritiesRelated(app, [e.record.id]));
}, 'initiatives');

// A relation decides which of the initiatives it links a council's shares count, for the councils of every
// initiative linked to either end, before and after the write.
onRecordCreate((e) => {
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	stats.saveAndRecompute(e, (app) => stats.authoritiesRelated(app, [e.record.getString('from_initiative'), e.record.getString('to_initiative')]));
}, 'initiative_relations');

onRecordUpdate((e) => {
	const before = e.record.original();
	const ends = [before, e.record].flatMap((record) => [record.getString('from_initiative'), record.getString('to_initiative')]);
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	stats.saveAndRecompute(e, (app) => stats.authoritiesRelated(app, ends));
}, 'initiative_relations');

onRecordDelete((e) => {
	const ends = [e.record.getString('from_initiative'), e.record.getString('to_initiative')];
	const stats = require(`${__hooks}/lib/authorityStats.js`);
	stats.saveAndRecompute(e, (app) => stats.authoritiesRelated(app, ends));
}, 'initiative_relations');

onRecordUpdate((e) => {
	const before = e.record.original();
	if (before.getString('code') === e.record.getString('code') && before.getString('name') === e.record.getString('name')) return e.next();
	require(`${__hooks}/lib/authorityStats.js`).saveAndRecompute(e, () => [e.record.id]);
}, 'authorities');

onRecordDelete((e) => {
	require(`${__hooks}/lib/authorityStats.js`).saveAndRecompute(e, () => [e.record.id]);
}, 'authorities');

onRecordUpdate(
	(e) => {
		if (e.record.original().getString('slug') === e.record.getString('slug')) return e.next();
		const column = e.record.collection().name === 'programmes' ? 'programme' : 'category';
		const stats = require(`${__hooks}/lib/authorityStats.js`);
		stats.saveAndRecompute(e, (app) => stats.authoritiesWhere(app, column, e.record.id));
	},
	'programmes',
	'categories'
);
