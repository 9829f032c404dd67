import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs, type Outputs } from './writeOutputs.ts';

const outputs = (boundaries: string): Outputs => ({
	vintages: { '2012': { boundaries, hex: '{"layout":"odd-r","hexes":{}}' } },
	authorities: '[]',
	attribution: 'Source: ONS',
	sizeReport: {}
});

describe('writeOutputs', () => {
	it('names each data file after the first 10 hex digits of its sha256', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geo-out-'));
		const manifest = writeOutputs(dir, outputs('{"type":"Topology"}'));
		const hash = createHash('sha256').update('{"type":"Topology"}').digest('hex').slice(0, 10);
		expect(manifest.vintages['2012'].boundaries).toBe(`boundaries-2012.${hash}.json`);
		expect(readFileSync(join(dir, manifest.vintages['2012'].boundaries), 'utf8')).toBe('{"type":"Topology"}');
	});

	it('writes the manifest and size report under fixed names', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geo-out-'));
		const manifest = writeOutputs(dir, outputs('{}'));
		expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
		expect(manifest.attribution).toBe('Source: ONS');
		expect(existsSync(join(dir, 'size-report.json'))).toBe(true);
	});

	it('removes hashed files of an earlier build but nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geo-out-'));
		const old = writeOutputs(dir, outputs('{"old":1}'));
		writeFileSync(join(dir, 'README.txt'), 'keep me');
		const fresh = writeOutputs(dir, outputs('{"new":1}'));
		const files = readdirSync(dir);
		expect(files).not.toContain(old.vintages['2012'].boundaries);
		expect(files).toContain(fresh.vintages['2012'].boundaries);
		expect(files).toContain('README.txt');
	});
});
