import { describe, expect, it } from 'vitest';
import { trackUnsentForms } from './unsentForms.ts';

/** A document that hands its one input listener to the test. */
function fakeDocument() {
	let listener: ((event: Event) => void) | null = null;
	const root = {
		addEventListener: (_type: string, fn: (event: Event) => void) => (listener = fn),
		removeEventListener: () => (listener = null)
	} as unknown as Document;
	const input = (inForm: boolean) =>
		listener?.({ target: { closest: (selector: string) => (selector === 'form' && inForm ? {} : null) } } as unknown as Event);
	return { root, input, listening: () => listener !== null };
}

describe('trackUnsentForms', () => {
	it('says nothing is unsent until the person types or chooses in a form', () => {
		const page = fakeDocument();
		const forms = trackUnsentForms(page.root);
		expect(forms.unsent).toBe(false);
		page.input(false);
		expect(forms.unsent).toBe(false);
		page.input(true);
		expect(forms.unsent).toBe(true);
	});

	it('forgets after a navigation, and stops listening when stopped', () => {
		const page = fakeDocument();
		const forms = trackUnsentForms(page.root);
		page.input(true);
		forms.reset();
		expect(forms.unsent).toBe(false);
		forms.stop();
		expect(page.listening()).toBe(false);
	});
});
