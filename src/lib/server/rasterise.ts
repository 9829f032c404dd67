// Turns a map image's SVG into PNG with resvg (@resvg/resvg-js: Rust, no browser, fonts from the system),
// for slides, documents and link previews, which do not all take SVG.
import { Resvg } from '@resvg/resvg-js';

export function rasterise(svg: string): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		background: '#ffffff',
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
	});
	return new Uint8Array(resvg.render().asPng());
}
