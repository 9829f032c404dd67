import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordProblem.ts';

describe('passwordProblem', () => {
	it.each(['password', '12345678', 'aaaaaaaa', 'short'])('refuses %s as too short', (password) => {
		expect(passwordProblem(password)).toMatch(/at least 12 characters/);
	});

	it.each(['password1234', 'aaaaaaaaaaaaaaaa', 'qwertyuiop12', '123456789012', 'Password1234'])('refuses the common %s', (password) => {
		expect(passwordProblem(password)).toMatch(/too common or too easy to guess/);
	});

	it('refuses a password made of the account’s own e-mail address', () => {
		expect(passwordProblem('jane.smith@council.gov.uk', ['jane.smith@council.gov.uk'])).toMatch(/too common|guess/);
	});

	it.each(['correct-horse-battery', 'a-long-unusual-passphrase-42', 'mauve kettle orbit 1987'])('accepts %s', (password) => {
		expect(passwordProblem(password)).toBeNull();
	});
});
