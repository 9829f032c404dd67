// Which public pages an audited change can affect, for the app's page cache (src/lib/server/changeReader.ts):
// one row per change to an initiative or participation (revisions show on no public page until applied),
// in the order written (seq, the audit record's rowid, so "after N" is a range on the primary key), with
// - listing: whether it can move the initiative on or off a council's list (created, deleted, published or
//   unpublished, start year changed, or any participation change); otherwise only pages showing the
//   initiative itself change;
// - councils: the codes the initiative names now, plus the council a participation change names before
//   and after (a deleted participation is gone from the table, its council only in the diff).
// Superusers only: it covers drafts, whose existence is nobody else's business.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'change_feed',
			listRule: null,
			viewRule: null,
			viewQuery: `
			SELECT
			c.id AS id,
			c.rowid AS seq,
			c.initiative AS initiative,
			(c.collection = 'participations' OR c.action != 'update' OR json_extract(c.diff, '$.start_year') IS NOT NULL) AS listing,
			(SELECT json_group_array(a.code) FROM authorities a WHERE a.id IN (
				SELECT p.authority FROM participations p WHERE p.initiative = c.initiative
				UNION SELECT json_extract(c.diff, '$.authority.before')
				UNION SELECT json_extract(c.diff, '$.authority.after')
			)) AS councils
			FROM changes c
			WHERE c.collection IN ('initiatives', 'participations')
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('change_feed'));
	}
);
