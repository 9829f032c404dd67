// The only addresses other sites may put in a frame: everything under /embed/ (the map of an explorer
// state, and a council's own map). Security headers exempt exactly these; the layout draws them bare.
export const embedPrefix = '/embed/';

export function isEmbedPath(pathname: string): boolean {
	return pathname.startsWith(embedPrefix);
}
