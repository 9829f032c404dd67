// The annual and total savings columns and their basis go: initiatives.savings (1796000000) holds the
// figures now, and the aggregates read it (1796000001). The down brings the columns back and refills them
// from the figures: the whole-arrangement annual figure (or the sum of per-council ones when there is none),
// the same for the cumulative (or unclear-period) one, and their basis texts. For figures 1796000000
// converted that is exactly what was there; kinds, years and scopes have no column to go back to.
const fields = () => [
	new NumberField({ name: 'annual_savings', onlyInt: true, min: 0, max: 1000000000000 }),
	new NumberField({ name: 'total_savings', onlyInt: true, min: 0, max: 1000000000000 }),
	new TextField({ name: 'savings_basis', max: 300 })
];

migrate(
	(app) => {
		const collection = app.findCollectionByNameOrId('initiatives');
		for (const field of fields()) collection.fields.removeByName(field.name);
		app.save(collection);
	},
	(app) => {
		const collection = app.findCollectionByNameOrId('initiatives');
		for (const field of fields()) collection.fields.add(field);
		app.save(collection);
		for (const record of app.findAllRecords('initiatives')) {
			let figures = [];
			try {
				figures = JSON.parse(record.getString('savings') || '[]') || [];
			} catch (_) {
				figures = [];
			}
			const pick = (annual) => {
				const ofPeriod = figures.filter((figure) => figure && (figure.period === 'annual') === annual);
				const whole = ofPeriod.find((figure) => figure.scope === '');
				if (whole) return whole;
				const first = ofPeriod[0];
				if (!first) return null;
				const parts = ofPeriod.filter((figure) => figure.kind === first.kind && figure.period === first.period);
				return { amount: parts.reduce((sum, figure) => sum + figure.amount, 0), basis: first.basis };
			};
			const annual = pick(true);
			const total = pick(false);
			const bases = [];
			for (const figure of [annual, total]) if (figure && bases.indexOf(figure.basis) < 0) bases.push(figure.basis);
			app
				.db()
				.newQuery('UPDATE initiatives SET annual_savings = {:annual}, total_savings = {:total}, savings_basis = {:basis} WHERE id = {:id}')
				.bind({
					annual: annual ? Math.round(annual.amount) : 0,
					total: total ? Math.round(total.amount) : 0,
					basis: bases.join('; ').slice(0, 300),
					id: record.id
				})
				.execute();
		}
	}
);
