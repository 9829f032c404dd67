import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from './readTable.ts';

function file(name: string, content: string | Buffer): string {
	const path = join(mkdtempSync(join(tmpdir(), 'geo-table-')), name);
	writeFileSync(path, content);
	return path;
}

describe('readTable', () => {
	it('reads a CSV', () => {
		expect(readTable(file('t.csv', 'LAD24CD,RGN24CD\nE06000001,E12000001\n'))).toEqual([{ LAD24CD: 'E06000001', RGN24CD: 'E12000001' }]);
	});

	it('reads an ONS GeoJSON table (features without geometry) as strings', () => {
		const json = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', geometry: null, properties: { LAD24CD: 'E06000001', FID: 1, CTY24CD: null } }]
		};
		expect(readTable(file('t.geojson', JSON.stringify(json)))).toEqual([{ LAD24CD: 'E06000001', FID: '1', CTY24CD: '' }]);
	});

	it('reads an ArcGIS JSON table', () => {
		const json = { features: [{ attributes: { LAD24CD: 'E06000001' } }] };
		expect(readTable(file('t.json', JSON.stringify(json)))).toEqual([{ LAD24CD: 'E06000001' }]);
	});

	it('reads the ISO-8859-1 ward lookup ONS published for 2012', () => {
		const latin1 = Buffer.from('WD12NM\nYnys M\xf4n\n', 'latin1');
		expect(readTable(file('t.csv', latin1))).toEqual([{ WD12NM: 'Ynys Môn' }]);
	});

	it('stops on an ArcGIS error answer, naming the file', () => {
		const path = file('t.geojson', JSON.stringify({ error: { message: 'Invalid URL' } }));
		expect(() => readTable(path)).toThrow(`${path}: the server answered with an error: Invalid URL`);
	});
});
