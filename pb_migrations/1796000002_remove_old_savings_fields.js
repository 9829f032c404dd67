// The annual and total savings columns and their basis go: initiatives.savings (1796000000) holds the
// figures now, and the aggregates read it (1796000001). The down brings the columns back and refills them
// from the figures: the whole-arrangement annual figure, the cumulative (or unclear-period) one, and their
// basis texts, which for figures 1796000000 converted is exactly what was there.
const fields = () => [
	new NumberField({ name: 'annual_savings', onlyInt: true, min: 0, max: 1000000000000 }),
	new NumberField({ name: 'total_savings', onlyInt: true, min: 0, max: 1000000000000 }),
	new TextField({ name: 'savings_basis', max: 300 })
];

migrate((app) => {
	const collection = app.findCollectionByNameOrId('initiatives');
	for (const field of fields()) collection.fields.removeByName(field.name);
	app.save(collection);
}, (app) => {
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
		const whole = figures.filter((figure) => figure && figure.scope === '');
		const annual = whole.find((figure) => figure.period === 'annual');
		const total = whole.find((figure) => figure.period !== 'annual');
		const bases = [];
		for (const figure of [annual, total]) if (figure && bases.indexOf(figure.basis) < 0) bases.push(figure.basis);
		app.db()
			.newQuery('UPDATE initiatives SET annual_savings = {:annual}, total_savings = {:total}, savings_basis = {:basis} WHERE id = {:id}')
			.bind({ annual: annual ? Math.round(annual.amount) : 0, total: total ? Math.round(total.amount) : 0, basis: bases.join('; ').slice(0, 300), id: record.id })
			.execute();
	}
});
