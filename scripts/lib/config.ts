// The orchestration settings (ports, data folder, superuser), read once from the environment and
// validated so that a bad value stops the start with one clear line instead of a stack trace.
import { resolve } from 'node:path';

export class ConfigError extends Error {}

export type AppEnv = 'development' | 'production' | 'test';

export interface Settings {
	env: AppEnv;
	host: string;
	appPort: number;
	origin: string;
	pbPort: number;
	dataDir: string;
	superuser: { email: string; password: string } | null;
}

function port(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
		throw new ConfigError(`${name}=${raw} is not a port number (1-65535).`);
	}
	return value;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Settings {
	const appEnv = (env.APP_ENV || 'development') as AppEnv;
	if (!['development', 'production', 'test'].includes(appEnv)) {
		throw new ConfigError(`APP_ENV=${env.APP_ENV} is not one of development, production, test.`);
	}
	const host = env.APP_HOST || '127.0.0.1';
	const appPort = port('APP_PORT', 3000, env);
	const pbPort = port('PB_PORT', 8090, env);
	if (appPort === pbPort) throw new ConfigError(`APP_PORT and PB_PORT are both ${appPort}: choose two different ports.`);
	const origin = env.APP_ORIGIN || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${appPort}`;
	let parsed: URL;
	try {
		parsed = new URL(origin);
	} catch {
		throw new ConfigError(`APP_ORIGIN=${origin} is not a URL such as https://map.example.org.`);
	}
	if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
		throw new ConfigError(`APP_ORIGIN=${origin} must be a bare origin such as https://map.example.org (no path).`);
	}
	const email = env.PB_SUPERUSER_EMAIL || '';
	const password = env.PB_SUPERUSER_PASSWORD || '';
	if ((email === '') !== (password === '')) {
		throw new ConfigError('Set both PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD, or neither.');
	}
	if (appEnv === 'production' && !email) {
		throw new ConfigError('APP_ENV=production needs PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD.');
	}
	if (password && password.length < 10) {
		throw new ConfigError('PB_SUPERUSER_PASSWORD must be at least 10 characters.');
	}
	return {
		env: appEnv,
		host,
		appPort,
		origin: parsed.origin,
		pbPort,
		dataDir: resolve(root, env.PB_DATA_DIR || '.data/pb_data'),
		superuser: email ? { email, password } : null
	};
}
