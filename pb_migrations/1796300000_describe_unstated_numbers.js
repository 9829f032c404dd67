// The model says how a caller tells "none" from "not stated": a number field no source states is stored as 0
// and answered as null (pb_hooks/unstated.pb.js). Only the fields' help text changes; `down` clears it.
const unstated = {
	initiatives: {
		start_year: 'Year it started. null in API answers when no source states it (stored as 0; filter start_year > 0 for those with a year).',
		end_year: 'Year it ended. null in API answers while it runs or when no source states it (stored as 0).'
	},
	programmes: {
		expected_savings_min: 'Lower end of the expected savings in pounds. null in API answers when the source states no figure (stored as 0).',
		expected_savings_max: 'Upper end of the expected savings in pounds. null in API answers when the source states no figure (stored as 0).'
	}
};

function setHelp(app, texts) {
	for (const collectionName of Object.keys(unstated)) {
		const collection = app.findCollectionByNameOrId(collectionName);
		for (const fieldName of Object.keys(unstated[collectionName])) {
			collection.fields.getByName(fieldName).help = texts ? unstated[collectionName][fieldName] : '';
		}
		app.save(collection);
	}
}

migrate(
	(app) => setHelp(app, true),
	(app) => setHelp(app, false)
);
