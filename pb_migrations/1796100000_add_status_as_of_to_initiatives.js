// The date of the evidence behind an initiative's status (YYYY, YYYY-MM or YYYY-MM-DD), so every view can
// say "as of" that date. Existing records take their main source's date, the evidence they were written
// from, unless they ended or merged after it (that evidence is another, undated source), as the seed does.
migrate(
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.fields.add(new TextField({ name: 'status_as_of', max: 10, pattern: '^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$' }));
		app.save(initiatives);
		for (const record of app.findAllRecords('initiatives')) {
			let sources;
			try {
				sources = JSON.parse(record.getString('sources') || '[]');
			} catch (_) {
				sources = [];
			}
			const date = Array.isArray(sources) && sources[0] && typeof sources[0].date === 'string' ? sources[0].date : '';
			if (date === '' || !/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(date)) continue;
			const endedLater = ['ended', 'merged'].includes(record.getString('status')) && record.getInt('end_year') > Number(date.slice(0, 4));
			if (endedLater) continue;
			record.set('status_as_of', date);
			app.saveNoValidate(record);
		}
	},
	(app) => {
		const initiatives = app.findCollectionByNameOrId('initiatives');
		initiatives.fields.removeByName('status_as_of');
		app.save(initiatives);
	}
);
