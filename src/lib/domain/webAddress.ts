// What a source link must be wherever one is stored (an initiative's sources, a relation's source): pages
// render it as a link, so never javascript: or data:.

/** An http(s) address with a host and no spaces: what every source link on the site must be. */
export function isWebAddress(value: string): boolean {
	if (/\s/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}
