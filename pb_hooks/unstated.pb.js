/// <reference path="../pb_data/types.d.ts" />
// Unknown is empty, never zero: a number no source states is stored as 0 and answered as null. The
// project's launcher does this in Go (pocketbase/unstated.go: it runs for every record of every answer,
// too often for a JS hook); this registers the same rule only when PocketBase is a stock binary
// (POCKETBASE_BIN), so the API answers the same either way.
if ($os.getenv('MAP_POCKETBASE_LAUNCHER') !== '1') {
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
}
