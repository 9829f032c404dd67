// PocketBase writes a log row for every request it answers; for a public read API that is most of its
// write load (turning it off doubled lookups per second at 10k initiatives in the benchmark). Keep the
// rows worth reading: failed requests (logged at error level) and warnings. The audit trail of changes
// is the `changes` collection and does not depend on this.
migrate(
	(app) => {
		const settings = app.settings();
		settings.logs.minLevel = 4; // slog.LevelWarn: successful requests are logged at info (0) and dropped
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.logs.minLevel = 0;
		app.save(settings);
	}
);
