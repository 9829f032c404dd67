import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegister, readRegisterWithoutNeighbours } from './register.ts';

describe('readRegister', () => {
	it('reads the authorities file the manifest names', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'register-'));
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ authorities: 'authorities.abc.json' }));
		writeFileSync(join(dir, 'authorities.abc.json'), JSON.stringify([{ code: 'E07000190', name: 'Taunton Deane' }]));
		expect(await readRegister(dir)).toEqual([{ code: 'E07000190', name: 'Taunton Deane' }]);
	});

	it('tells you to run the geo build when the manifest is missing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'register-'));
		await expect(readRegister(dir)).rejects.toThrow(/run npm run build:geo/);
	});
});

describe('readRegisterWithoutNeighbours', () => {
	it('gives the register with every neighbour list emptied, the same list each time', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'register-'));
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ authorities: 'authorities.def.json' }));
		writeFileSync(join(dir, 'authorities.def.json'), JSON.stringify([{ code: 'E07000190', name: 'Taunton Deane', neighbours: { E07000191: 1.5 } }]));
		const list = await readRegisterWithoutNeighbours(dir);
		expect(list).toEqual([{ code: 'E07000190', name: 'Taunton Deane', neighbours: {} }]);
		expect(await readRegisterWithoutNeighbours(dir)).toBe(list);
	});
});
