// Savings become typed figures (src/lib/domain/savings/savingsFigure.ts): a JSON array on each initiative,
// converted here from the annual and total columns and their free-text basis. The column a figure came
// from gives its period (the total column's becomes cumulative unless its basis says the period is not
// stated); the basis text gives its kind, by the rules below, and `unclear` when none applies. Figures are
// for the whole arrangement, with the first source's address and date. data/seed/README.md states these
// rules; the seed's own figures (data/seed/savings.csv) were classified by hand. The old columns stay until
// 1796000002 removes them.

// Rules tried in order; the first that matches the basis decides the kind.
const kindRules = [
	['avoided', /fraud|losses? prevented|not cashable|avoided/i],
	[
		'target',
		/target|projected|expected|estimated|forecast|potential|indicative|business (case|plan)|proposed|aim\b|at approval|budgeted|feasibility|would save|could save/i
	],
	['achieved', /achieved|saved|saving[s]? (delivered|realised|generated)|delivered|realised|so far|to date|since|returned|generated|outturn/i]
];

function kindOf(basis) {
	for (const [kind, pattern] of kindRules) if (pattern.test(basis)) return kind;
	return 'unclear';
}

function periodOf(column, basis) {
	if (column === 'annual_savings') return 'annual';
	return /period not stated|period unclear/i.test(basis) ? 'unclear' : 'cumulative';
}

function figuresOf(record) {
	let sources;
	try {
		sources = JSON.parse(record.getString('sources') || '[]') || [];
	} catch (_) {
		sources = [];
	}
	const first = sources[0] || {};
	const basis = record.getString('savings_basis');
	const figures = [];
	for (const column of ['annual_savings', 'total_savings']) {
		const amount = record.getInt(column);
		if (amount <= 0) continue;
		figures.push({
			amount,
			kind: kindOf(basis),
			period: periodOf(column, basis),
			fromYear: null,
			toYear: null,
			scope: '',
			reported: String(first.date || ''),
			source: String(first.url || ''),
			basis: basis || 'not stated'
		});
	}
	return figures;
}

migrate(
	(app) => {
		const collection = app.findCollectionByNameOrId('initiatives');
		collection.fields.add(new JSONField({ name: 'savings', maxSize: 100000 }));
		app.save(collection);
		for (const record of app.findAllRecords('initiatives')) {
			// Straight to the table: a conversion is not an edit, so no hook, audit entry or stats recompute fires.
			app
				.db()
				.newQuery('UPDATE initiatives SET savings = {:savings} WHERE id = {:id}')
				.bind({ savings: JSON.stringify(figuresOf(record)), id: record.id })
				.execute();
		}
	},
	(app) => {
		const collection = app.findCollectionByNameOrId('initiatives');
		collection.fields.removeByName('savings');
		app.save(collection);
	}
);
