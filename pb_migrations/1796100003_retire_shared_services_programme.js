// Being on the LGA's 2011/12 shared services map was a listing, not a programme: its initiatives move to
// no programme and the shared_services programme record goes. Which of them a source shows on the map is
// data (lga_map_listed, set by the seed), not something this migration can know.
const listing = {
	slug: 'shared_services',
	theme: 'future_ways_of_working',
	name: 'Interactive map of shared service initiatives',
	summary:
		'An LGA map of council shared service arrangements; in 2011/12 it documented £165 million of savings across 220 councils, and it was later relaunched and updated.',
	how_to_get_involved: 'Browse the map and ask the LGA to add any arrangement that is missing.',
	period: '2011/12',
	source: 'seed document'
};

migrate(
	(app) => {
		let programme;
		try {
			programme = app.findFirstRecordByData('programmes', 'slug', listing.slug);
		} catch (_) {
			return;
		}
		for (const record of app.findRecordsByFilter('initiatives', 'programme = {:id}', '', 0, 0, { id: programme.id })) {
			record.set('programme', '');
			app.saveNoValidate(record);
		}
		app.delete(programme);
	},
	(app) => {
		let programme;
		try {
			programme = app.findFirstRecordByData('programmes', 'slug', listing.slug);
		} catch (_) {
			programme = new Record(app.findCollectionByNameOrId('programmes'));
			for (const [key, value] of Object.entries(listing)) programme.set(key, value);
			app.save(programme);
		}
		for (const record of app.findRecordsByFilter('initiatives', 'programme = ""', '', 0, 0)) {
			record.set('programme', programme.id);
			app.saveNoValidate(record);
		}
	}
);
