// Whether the person has typed or chosen something in a form on the page that they have not sent yet.
// Live updates reload the page's data, and every field showing that data would be set back to it: a name
// being typed into the new-initiative form, an edit in progress, a choice in the partner finder, lost
// because someone else saved an initiative. So live updates wait while this says so.
export interface UnsentForms {
	readonly unsent: boolean;
	/** After a navigation (a form sent, or another page): nothing is unsent any more. */
	reset(): void;
	stop(): void;
}

export function trackUnsentForms(root: Document = document): UnsentForms {
	let unsent = false;
	const onInput = (event: Event) => {
		const target = event.target as { closest?: (selector: string) => unknown } | null;
		if (target?.closest?.('form')) unsent = true;
	};
	root.addEventListener('input', onInput, true);
	return {
		get unsent() {
			return unsent;
		},
		reset: () => (unsent = false),
		stop: () => root.removeEventListener('input', onInput, true)
	};
}
