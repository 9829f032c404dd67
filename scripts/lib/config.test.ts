import { describe, expect, it } from 'vitest';
import { ConfigError, readSettings } from './config.ts';

const read = (env: Record<string, string>) => () => readSettings(env, '/repo');

describe('readSettings', () => {
	it('defaults to development on 127.0.0.1 with the app on 3000 and PocketBase on 8090', () => {
		const settings = readSettings({}, '/repo');
		expect(settings).toMatchObject({
			env: 'development',
			host: '127.0.0.1',
			appPort: 3000,
			pbPort: 8090,
			origin: 'http://127.0.0.1:3000',
			superuser: null
		});
		expect(settings.dataDir).toBe('/repo/.data/pb_data');
	});

	it('rejects an unknown APP_ENV, naming the value and the choices', () => {
		expect(read({ APP_ENV: 'staging' })).toThrow('APP_ENV=staging is not one of development, production, test.');
	});

	it.each(['0', '70000', 'abc', '80.5'])('rejects APP_PORT=%s', (value) => {
		expect(read({ APP_PORT: value })).toThrow(ConfigError);
		expect(read({ APP_PORT: value })).toThrow(`APP_PORT=${value} is not a port number`);
	});

	it('refuses the same port for the app and PocketBase', () => {
		expect(read({ APP_PORT: '9000', PB_PORT: '9000' })).toThrow('APP_PORT and PB_PORT are both 9000');
	});

	it('requires superuser credentials in production', () => {
		expect(read({ APP_ENV: 'production' })).toThrow('APP_ENV=production needs PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD.');
	});

	it('requires both superuser variables or neither', () => {
		expect(read({ PB_SUPERUSER_EMAIL: 'ops@example.org' })).toThrow('Set both PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD, or neither.');
	});

	it('rejects an origin with a path and accepts a bare https origin', () => {
		expect(read({ APP_ORIGIN: 'https://map.example.org/app' })).toThrow('must be a bare origin');
		expect(read({ APP_ORIGIN: 'not a url' })).toThrow('is not a URL');
		expect(readSettings({ APP_ORIGIN: 'https://map.example.org' }, '/repo').origin).toBe('https://map.example.org');
	});
});
