// The enhanced submit for forms people type into: the page is updated as usual, except when the server
// answers 503 (its database is down). Then the error page would replace the form and lose what was typed,
// so the form stays as it is and `onUnavailable` gets the message to show beside it.
import type { SubmitFunction } from '$app/forms';

export function submitKeepingInput(onUnavailable: (message: string | null) => void): SubmitFunction {
	return () => {
		onUnavailable(null);
		return async ({ result, update }) => {
			if (result.type === 'error' && result.status === 503) {
				onUnavailable(result.error?.message ?? 'The site is temporarily unavailable. Please try again in a minute.');
				return;
			}
			await update({ reset: false });
		};
	};
}
