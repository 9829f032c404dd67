/// <reference path="../pb_data/types.d.ts" />
// Unknown is empty, never zero. PocketBase number columns cannot hold null, so a year or an expected saving
// that no source states is stored as 0 (which no such field can really be: years start at 1900, and 0 never
// was an expected saving); every answer of the REST API, every expanded record and every realtime message
// gives it as null, so a sum or an average over the API cannot count an unknown as nothing. Filters still
// see the stored 0 (data/API.md: `start_year > 0` keeps those with a year). The fields' help says the same.
onRecordEnrich(
	(e) => {
		const unstatedWhenZero = {
			initiatives: ['start_year', 'end_year'],
			initiative_members: ['start_year'],
			programmes: ['expected_savings_min', 'expected_savings_max']
		};
		for (const name of unstatedWhenZero[e.record.collection().name] || []) {
			if (e.record.getFloat(name) === 0) e.record.setRaw(name, null);
		}
		e.next();
	},
	'initiatives',
	'initiative_members',
	'programmes'
);
