/// <reference path="../pb_data/types.d.ts" />
// What is sent through the REST API is refused rather than stored in another form: control characters in
// any text field, and anything but a number where a number belongs (PocketBase would store "abc" as 0).
onRecordCreateRequest((e) => {
	require(`${__hooks}/lib/inputs.js`).checkBody(e);
	e.next();
});

onRecordUpdateRequest((e) => {
	require(`${__hooks}/lib/inputs.js`).checkBody(e);
	e.next();
});

routerUse((e) => {
	require(`${__hooks}/lib/inputs.js`).checkNumbers(e);
	return e.next();
});
