// `npm start` refuses bad configuration before starting anything: one clear line and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

function start(env: Record<string, string>) {
	const result = spawnSync(process.execPath, ['scripts/start.ts'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });
	return { status: result.status, stderr: result.stderr.trim() };
}

describe('npm start with bad configuration', () => {
	it('names an unknown APP_ENV and exits 2', () => {
		const { status, stderr } = start({ APP_ENV: 'staging' });
		expect(status).toBe(2);
		expect(stderr).toBe('error: APP_ENV=staging is not one of development, production, test.');
	});

	it('refuses production without superuser variables', () => {
		const { status, stderr } = start({ APP_ENV: 'production', PB_SUPERUSER_EMAIL: '', PB_SUPERUSER_PASSWORD: '' });
		expect(status).toBe(2);
		expect(stderr).toContain('APP_ENV=production needs PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD');
	});

	it('says which port is taken and what to do', async () => {
		const blocker = createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		const port = (blocker.address() as { port: number }).port;
		try {
			const { status, stderr } = start({ APP_ENV: 'test', APP_PORT: String(port) });
			expect(status).toBe(2);
			expect(stderr).toBe(`error: Port ${port} is already in use: stop what is using it or set APP_PORT to another port.`);
		} finally {
			blocker.close();
		}
	});
});
