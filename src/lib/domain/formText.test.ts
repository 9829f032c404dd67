import { describe, expect, it } from 'vitest';
import { formText } from './formText.ts';

describe('formText', () => {
	it('reads a text field as typed, and a missing field or a file sent in its place as empty', () => {
		const form = new FormData();
		form.set('email', ' someone@example.org ');
		form.set('password', new File(['secret'], 'password.txt'));
		expect(formText(form, 'email')).toBe(' someone@example.org ');
		expect(formText(form, 'password')).toBe('');
		expect(formText(form, 'name')).toBe('');
	});
});
