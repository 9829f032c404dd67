// Contributors' proposals: a new initiative (no `initiative`) or an edit to a published one,
// held here as the whole proposed initiative (`data`, the import's InitiativeDraft shape) until an editor
// approves it (the app then writes it) or rejects it with a comment the proposer sees. The published
// record stays unchanged until approval. `authorities` repeats the proposal's councils for the rules;
// pb_hooks/revisions.pb.js checks it matches `data`.
migrate(
	(app) => {
		const users = app.findCollectionByNameOrId('users').id;
		const mine = '@request.auth.authorities.id ?= authorities.id';
		const involvesMine = 'initiative.lifecycle = "published" && initiative.participations_via_initiative.authority ?= @request.auth.authorities.id';
		const collection = new Collection({
			type: 'base',
			name: 'revisions',
			listRule: '@request.auth.role = "editor" || (@request.auth.id != "" && proposed_by = @request.auth.id)',
			viewRule: '@request.auth.role = "editor" || (@request.auth.id != "" && proposed_by = @request.auth.id)',
			// A contributor proposes for themselves, pending and unreviewed: a new initiative naming one of their
			// authorities, or an edit to a published initiative one of their authorities takes part in.
			createRule: `@request.auth.role = "contributor" && proposed_by = @request.auth.id && status = "pending" && reviewed_by = "" && comment = "" && ((initiative = "" && ${mine}) || (initiative != "" && ${involvesMine}))`,
			// An editor decides a pending proposal once, signing the decision; the proposal itself stays as sent.
			updateRule:
				'@request.auth.role = "editor" && status = "pending" && @request.body.reviewed_by = @request.auth.id && (@request.body.status = "approved" || @request.body.status = "rejected") && @request.body.data:isset = false && @request.body.initiative:isset = false && @request.body.authorities:isset = false && @request.body.proposed_by:isset = false',
			// The proposer withdraws a proposal still pending; editors tidy the queue.
			deleteRule: '@request.auth.role = "editor" || (@request.auth.id != "" && proposed_by = @request.auth.id && status = "pending")',
			fields: [
				{ name: 'initiative', type: 'relation', maxSelect: 1, cascadeDelete: true, collectionId: app.findCollectionByNameOrId('initiatives').id },
				{ name: 'data', type: 'json', required: true, maxSize: 20000 },
				{ name: 'authorities', type: 'relation', required: true, maxSelect: 999, collectionId: app.findCollectionByNameOrId('authorities').id },
				{ name: 'status', type: 'select', required: true, maxSelect: 1, values: ['pending', 'approved', 'rejected'] },
				{ name: 'comment', type: 'text', max: 1000 },
				{ name: 'proposed_by', type: 'relation', required: true, maxSelect: 1, collectionId: users },
				{ name: 'reviewed_by', type: 'relation', maxSelect: 1, collectionId: users },
				{ name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
				{ name: 'updated', type: 'autodate', onCreate: true, onUpdate: true }
			],
			indexes: [
				'CREATE INDEX idx_revisions_status ON revisions (status)',
				'CREATE INDEX idx_revisions_proposed_by ON revisions (proposed_by)',
				'CREATE INDEX idx_revisions_initiative ON revisions (initiative)'
			]
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('revisions'));
	}
);
