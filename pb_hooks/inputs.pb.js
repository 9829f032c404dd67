/// <reference path="../pb_data/types.d.ts" />
// What is sent through the REST API is refused rather than stored in another form: control characters in
// any text field.
onRecordCreateRequest((e) => {
	require(`${__hooks}/lib/inputs.js`).checkBody(e);
	e.next();
});

onRecordUpdateRequest((e) => {
	require(`${__hooks}/lib/inputs.js`).checkBody(e);
	e.next();
});

