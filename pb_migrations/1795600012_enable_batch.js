// Turns on PocketBase's batch API: an import is one batch, which PocketBase runs in one transaction,
// so a file is written whole or not at all. Limits sized for the seed (~1,400 writes) and large uploads.
migrate(
	(app) => {
		const settings = app.settings();
		settings.batch.enabled = true;
		settings.batch.maxRequests = 20000;
		settings.batch.timeout = 120;
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.batch.enabled = false;
		settings.batch.maxRequests = 50;
		settings.batch.timeout = 3;
		app.save(settings);
	}
);
