import { describe, expect, it } from 'vitest';
import { importTooLarge, maxImportBytes } from './importFileSize.ts';

describe('importTooLarge', () => {
	it('accepts a file up to the limit', () => {
		expect(importTooLarge(1)).toBeNull();
		expect(importTooLarge(maxImportBytes)).toBeNull();
	});

	it('says how large a larger file is and what to do', () => {
		expect(importTooLarge(maxImportBytes + 1)).toBe('The file is 500 kB; split it into files under 500 kB.');
		expect(importTooLarge(3_200_000)).toBe('The file is 3200 kB; split it into files under 500 kB.');
	});
});
