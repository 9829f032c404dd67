// PocketBase takes the client's address from X-Forwarded-For, so its rate limits and the sign-in lock
// (pb_hooks/signin.pb.js) apply per visitor. Two senders set the header: the app, for its requests on a
// visitor's behalf (the visitor's address alone), and the reverse proxy, for browsers reaching PocketBase
// directly (it replaces any header the browser sent: deploy/Caddyfile). The rightmost address is used,
// the one those trusted senders wrote. PocketBase must therefore listen only on 127.0.0.1.
migrate(
	(app) => {
		const settings = app.settings();
		settings.trustedProxy.headers = ['X-Forwarded-For'];
		settings.trustedProxy.useLeftmostIP = false;
		app.save(settings);
	},
	(app) => {
		const settings = app.settings();
		settings.trustedProxy.headers = [];
		settings.trustedProxy.useLeftmostIP = false;
		app.save(settings);
	}
);
