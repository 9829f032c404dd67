// Control characters have no place in anything people type here: a NUL byte or an escape sequence in a
// name breaks exports, terminals and other programs reading the data. Tabs and line breaks are allowed
// only where text runs over several lines (a description). The app and PocketBase's hooks both use this
// (the hooks through their bundle: scripts/lib/hookBundle.ts).

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const anywhere = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const singleLine = /[\u0000-\u001f\u007f-\u009f]/;

/** The first control character in `text` as "U+0000", or null when there is none. */
export function controlCharacter(text: string, options: { multiline?: boolean } = {}): string | null {
	const found = (options.multiline ? anywhere : singleLine).exec(text);
	return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** The message for a field holding one. */
export function controlCharacterReason(code: string): string {
	return `contains a control character (${code}), which cannot be stored; remove it (retyping the text usually does)`;
}
