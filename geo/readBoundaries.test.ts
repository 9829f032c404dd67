import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryFields, pairPath, squaresPath } from './fixtures/squares.ts';
import { GeoInputError } from './GeoInputError.ts';
import { readBoundaries } from './readBoundaries.ts';

function tempFile(content: unknown): string {
	const path = join(mkdtempSync(join(tmpdir(), 'geo-')), 'boundaries.json');
	writeFileSync(path, JSON.stringify(content));
	return path;
}

describe('readBoundaries', () => {
	it('reads GeoJSON features with their code, name and geometry', () => {
		const features = readBoundaries(squaresPath, boundaryFields);
		expect(features.map((f) => f.code)).toEqual(['00AA', '00AB', '00AC', '00AD', '00AE', '00AF', '00AG', '00WA']);
		expect(features[2].name).toBe('Gamma, City of');
		expect(features[5].geometry.type).toBe('MultiPolygon');
	});

	it('reads TopoJSON object "data" into the same shapes as GeoJSON', () => {
		const fromTopo = readBoundaries(pairPath, boundaryFields);
		const fromGeo = readBoundaries(squaresPath, boundaryFields).filter((f) => f.code === '00AD' || f.code === '00AE');
		expect(fromTopo.map((f) => f.code)).toEqual(['00AD', '00AE']);
		const corners = (f: (typeof fromTopo)[0]) => new Set((f.geometry.coordinates as number[][][]).flat().map((p) => p.join()));
		expect(fromTopo.map(corners)).toEqual(fromGeo.map(corners));
	});

	it('accepts the ONS original field names when the mirror names are absent', () => {
		const path = tempFile({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { LAD12CDO: '00AA', LAD12NM: 'Alpha' },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[0, 0],
								[1, 0],
								[1, 1],
								[0, 0]
							]
						]
					}
				}
			]
		});
		expect(readBoundaries(path, boundaryFields)[0]).toMatchObject({ code: '00AA', name: 'Alpha' });
	});

	it('stops on an unexpected field name, naming the file and the fields it wanted', () => {
		const path = tempFile({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { LAD99CD: 'x', AREANM: 'y' }, geometry: null }] });
		expect(() => readBoundaries(path, boundaryFields)).toThrow(GeoInputError);
		expect(() => readBoundaries(path, boundaryFields)).toThrow(`${path}: expected a field AREACD or LAD12CDO`);
	});

	it('stops on a code that appears twice, naming it', () => {
		const square = {
			type: 'Feature',
			properties: { AREACD: '00AA', AREANM: 'Alpha' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				]
			}
		};
		const path = tempFile({ type: 'FeatureCollection', features: [square, square] });
		expect(() => readBoundaries(path, boundaryFields)).toThrow('code 00AA appears twice');
	});

	it('refuses files that are neither GeoJSON nor TopoJSON', () => {
		expect(() => readBoundaries(tempFile({ error: { message: 'Invalid query' } }), boundaryFields)).toThrow('neither GeoJSON nor TopoJSON');
	});
});
