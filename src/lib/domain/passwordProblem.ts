// What a password must be: at least 12 characters and not easy to guess, judged by zxcvbn-ts with its
// maintained lists of common passwords and English words (https://zxcvbn-ts.github.io/zxcvbn/). The app's
// forms and PocketBase's users hook (through scripts/lib/hookBundle.ts) ask this same function.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const minPasswordLength = 12;
/** zxcvbn's score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const minScore = 3;

let factory: ZxcvbnFactory | null = null;

/** Why the password cannot be used, or null when it can. `related` holds the account's own e-mail and name. */
export function passwordProblem(password: string, related: readonly string[] = []): string | null {
	if (password.length < minPasswordLength) return `The password needs at least ${minPasswordLength} characters.`;
	factory ??= new ZxcvbnFactory({
		dictionary: { ...common.dictionary, ...english.dictionary },
		graphs: common.adjacencyGraphs,
		translations: english.translations
	});
	const result = factory.check(
		password,
		related.filter((value) => value !== '')
	);
	if (result.score >= minScore) return null;
	const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '')})` : '';
	return `The password is too common or too easy to guess${hint}; choose a longer phrase of unrelated words.`;
}
