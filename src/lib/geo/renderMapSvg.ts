// Draws one explorer view as a self-contained SVG (https://www.w3.org/TR/SVG11/) with d3-geo: the same
// boundaries or hexes, fills, hatching, outlines and overlays as the map, with a title, the legend, a line
// naming the filters and the footer lines (date, source, attribution), for downloads, link previews and
// the map shown before (or without) JavaScript.
import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { ColourScale } from '../scales/colourScale.ts';
import { isInk, noDataInk, noDataPattern, patternInk, tileSize, type OverlayPattern } from '../scales/overlayPatterns.ts';

type Shapes = FeatureCollection<Geometry, { code: string; name: string }>;

export interface MapImageInput {
	geometry: { kind: 'map' | 'hex'; authorities: Shapes; counties: Shapes | null };
	/** Per code, as the map's fills: `fill` colour. */
	fills: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
	/** The selection, partners and no-data councils by code, drawn over the fills as the map marks them (the map's MapMarks). */
	marks: { selected: ReadonlySet<string>; partners: ReadonlySet<string>; noData: ReadonlySet<string> };
	scale: ColourScale;
	overlays: readonly { name: string; pattern: OverlayPattern; codes: ReadonlySet<string> }[];
	title: string;
	filterLine: string;
	/** Small print under the map, one paragraph each (date, source, attribution). */
	footer: readonly string[];
	/** Whether the legend explains the selected and partner outlines. */
	showsSelection: boolean;
}

export const mapImageSize = { width: 1200, height: 1000 } as const;

const font = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const ink = '#0b0c0c';
const margin = 24;
const legendX = 800;

export function renderMapSvg(input: MapImageInput): string {
	const { width, height } = mapImageSize;
	const titleLines = wrap(input.title, 70);
	const filterLines = wrap(input.filterLine, 120);
	const footerLines = input.footer.flatMap((paragraph) => wrap(paragraph, 160));
	const top = margin + titleLines.length * 32 + filterLines.length * 22 + 12;
	const bottom = height - margin - footerLines.length * 18 - 8;

	const planar = (collection: Shapes): Shapes => ({ ...collection, features: collection.features.map(toMercator) });
	const authorities = planar(input.geometry.authorities);
	const counties = input.geometry.counties ? planar(input.geometry.counties) : null;
	// Coordinates are projected to Web Mercator here (as the map draws them) and then treated as planar, so
	// d3-geo's spherical rules about ring winding never come into play.
	const projection = geoIdentity()
		.reflectY(true)
		.fitExtent(
			[
				[margin, top],
				[legendX - margin, bottom]
			],
			authorities
		);
	const path = geoPath(projection).digits(1);
	const d = (feature: Feature) => path(feature) ?? '';

	const overlayDefs = input.overlays.map(({ pattern }) => patternDef(pattern, patternInk));
	const shapes: string[] = [];
	const selected: string[] = [];
	const partners: string[] = [];
	for (const feature of authorities.features) {
		const state = input.fills.get(feature.properties.code) ?? {};
		const fill = typeof state.fill === 'string' ? state.fill : input.scale.colour(null);
		shapes.push(`<path d="${d(feature)}" fill="${fill}"/>`);
		if (input.marks.noData.has(feature.properties.code)) shapes.push(`<path d="${d(feature)}" fill="url(#${noDataPattern.id})"/>`);
		for (const overlay of input.overlays) {
			if (overlay.codes.has(feature.properties.code)) shapes.push(`<path d="${d(feature)}" fill="url(#${overlay.pattern.id})"/>`);
		}
	}
	for (const feature of [...authorities.features, ...(counties?.features ?? [])]) {
		const code = feature.properties.code;
		if (input.marks.selected.has(code)) selected.push(`<path d="${d(feature)}"/>`);
		else if (input.marks.partners.has(code)) partners.push(`<path d="${d(feature)}"/>`);
	}
	const countyOutlines = (counties?.features ?? []).map((feature) => `<path d="${d(feature)}"/>`);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="${escape(font)}" fill="${ink}">`,
		`<title id="map-title">${escape(input.title)}</title>`,
		`<desc id="map-desc">${escape([input.filterLine, ...input.footer].join(' '))}</desc>`,
		`<defs>${patternDef(noDataPattern, noDataInk)}${overlayDefs.join('')}</defs>`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		...titleLines.map((line, i) => `<text x="${margin}" y="${margin + 24 + i * 32}" font-size="26" font-weight="700">${escape(line)}</text>`),
		...filterLines.map((line, i) => `<text x="${margin}" y="${margin + titleLines.length * 32 + 20 + i * 22}" font-size="17">${escape(line)}</text>`),
		`<g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">${shapes.join('')}</g>`,
		`<g fill="none" stroke="${ink}" stroke-width="1.2" stroke-linejoin="round">${countyOutlines.join('')}</g>`,
		`<g fill="none" stroke="${ink}" stroke-width="2" stroke-dasharray="5 3">${partners.join('')}</g>`,
		`<g fill="none" stroke="${ink}" stroke-width="3.5">${selected.join('')}</g>`,
		legend(input, top),
		...footerLines.map((line, i) => `<text x="${margin}" y="${bottom + 26 + i * 18}" font-size="13">${escape(line)}</text>`),
		'</svg>'
	].join('\n');
}

function legend(input: MapImageInput, top: number): string {
	const out: string[] = [];
	let y = top + 4;
	for (const line of wrap(input.scale.title, 40)) {
		out.push(`<text x="${legendX}" y="${(y += 20)}" font-size="17" font-weight="700">${escape(line)}</text>`);
	}
	y += 10;
	const swatch = (fill: string, label: string, extra = '') => {
		out.push(`<rect x="${legendX}" y="${y}" width="30" height="20" fill="${fill}" stroke="#505a5f"/>${extra}`);
		out.push(`<text x="${legendX + 42}" y="${y + 15}" font-size="16">${escape(label)}</text>`);
		y += 28;
	};
	for (const item of input.scale.items) {
		swatch(
			item.colour,
			item.label,
			item.noData ? `<rect x="${legendX}" y="${y}" width="30" height="20" fill="url(#${noDataPattern.id})" stroke="#505a5f"/>` : ''
		);
	}
	const line = (attributes: string, label: string) => {
		out.push(`<rect x="${legendX + 2}" y="${y + 2}" width="26" height="16" fill="none" stroke="${ink}" ${attributes}/>`);
		out.push(`<text x="${legendX + 42}" y="${y + 15}" font-size="16">${escape(label)}</text>`);
		y += 28;
	};
	y += 8;
	line('stroke-width="1.2"', input.geometry.kind === 'hex' ? 'County: outline round its districts' : 'County boundary (two-tier areas)');
	if (input.showsSelection) {
		line('stroke-width="3.5"', 'Selected council');
		line('stroke-width="2" stroke-dasharray="5 3"', 'Its partners');
	}
	if (input.overlays.length > 0) {
		y += 8;
		out.push(`<text x="${legendX}" y="${(y += 16)}" font-size="16" font-weight="700">Programmes drawn as patterns</text>`);
		y += 10;
		for (const overlay of input.overlays)
			swatch(
				'#ffffff',
				overlay.name.length > 38 ? `${overlay.name.slice(0, 37)}…` : overlay.name,
				`<rect x="${legendX}" y="${y}" width="30" height="20" fill="url(#${overlay.pattern.id})"/>`
			);
	}
	return `<g>${out.join('')}</g>`;
}

/** The same pixels the map paints for a pattern (src/lib/scales/overlayPatterns.ts), as an SVG pattern tile. */
function patternDef(pattern: OverlayPattern, colour: string): string {
	const size = tileSize(pattern);
	const cells: string[] = [];
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (isInk(pattern, x, y)) cells.push(`M${x} ${y}h1v1h-1z`);
	return `<pattern id="${pattern.id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"><path d="${cells.join('')}" fill="${colour}"/></pattern>`;
}

function toMercator<T extends Feature<Geometry, { code: string; name: string }>>(feature: T): T {
	const project = ([lon, lat]: Position): Position => [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
	const deep = (value: unknown): unknown =>
		typeof (value as number[])[0] === 'number' ? project(value as Position) : (value as unknown[]).map(deep);
	const geometry = feature.geometry;
	if (geometry.type === 'GeometryCollection') return feature;
	return { ...feature, geometry: { ...geometry, coordinates: deep(geometry.coordinates) } as Geometry };
}

/** Greedy word wrap at roughly `max` characters a line (the image's fonts are not measured). */
function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (current && current.length + 1 + word.length > max) {
			lines.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) lines.push(current);
	return lines;
}

function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
