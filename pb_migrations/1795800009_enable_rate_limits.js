// Turns on PocketBase's rate limiter (per client address, fixed window). Sign-in is the tight one; the
// rest is generous (1,000 requests a second) because the app's server reaches PocketBase from one
// address for all its visitors, benchmarks included.
// pb_hooks/signin.pb.js adds a per-account limit on failed passwords that no address change escapes.
migrate(
	(app) => {
		const settings = app.settings();
		settings.rateLimits.enabled = true;
		settings.rateLimits.rules = [
			{ label: '*:auth', audience: '', maxRequests: 20, duration: 60 },
			{ label: '*:requestPasswordReset', audience: '', maxRequests: 3, duration: 60 },
			{ label: '/api/batch', audience: '', maxRequests: 30, duration: 10 },
			{ label: '/api/', audience: '', maxRequests: 10000, duration: 10 }
		];
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.rateLimits.enabled = false;
		// PocketBase's defaults.
		settings.rateLimits.rules = [
			{ label: '*:auth', audience: '', maxRequests: 2, duration: 3 },
			{ label: '*:create', audience: '', maxRequests: 20, duration: 5 },
			{ label: '/api/batch', audience: '', maxRequests: 3, duration: 1 },
			{ label: '/api/', audience: '', maxRequests: 300, duration: 10 }
		];
		app.save(settings);
	}
);
