// Every browser journey runs under the app's Content-Security-Policy and fails on any violation: a
// page that needs something the policy refuses (an inline script, a worker, a host) is a bug either way.
import { expect, test as base } from '@playwright/test';

export type { Frame, Page } from '@playwright/test';

export const test = base.extend<{ cspGuard: void }>({
	cspGuard: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__reportCspViolation', (_source, text: string) => void violations.push(text));
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					(window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
						`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.documentURI}`
					);
				});
			});
			await use();
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
