// Headers of both map images: usable from any site (previews, embeds, slides), briefly cacheable, and
// saved under a name that says what they show when downloaded.
export function mapImageHeaders(contentType: string, url: URL): HeadersInit {
	const extension = url.pathname.endsWith('.png') ? 'png' : 'svg';
	return {
		'content-type': contentType,
		'content-disposition': `inline; filename="council-shared-services-map.${extension}"`,
		'access-control-allow-origin': '*',
		'cache-control': 'public, max-age=60'
	};
}
