// Writes the pipeline's outputs into static/geo/: content-hashed data files (safe to cache forever),
// the fixed-name manifest that points at them and the size report, removing hashed files of older builds.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vintage } from '../src/lib/domain/authority.ts';
import type { SizeEntry } from './sizeReport.ts';

export interface Manifest {
	vintages: Record<string, { boundaries: string; hex: string }>;
	authorities: string;
	attribution: string;
}

export interface Outputs {
	vintages: Partial<Record<Vintage, { boundaries: string; hex: string }>>;
	authorities: string;
	attribution: string;
	sizeReport: Partial<Record<Vintage, SizeEntry>>;
}

const hashed = /^(boundaries-\w+|hex-\w+|authorities)\.[0-9a-f]{10}\.json$/;

export function writeOutputs(outDir: string, outputs: Outputs): Manifest {
	mkdirSync(outDir, { recursive: true });
	const written = new Set<string>();
	const write = (stem: string, content: string) => {
		const name = `${stem}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
		writeFileSync(join(outDir, name), content);
		written.add(name);
		return name;
	};
	const manifest: Manifest = {
		vintages: Object.fromEntries(
			Object.entries(outputs.vintages).map(([vintage, files]) => [
				vintage,
				{ boundaries: write(`boundaries-${vintage}`, files.boundaries), hex: write(`hex-${vintage}`, files.hex) }
			])
		),
		authorities: write('authorities', outputs.authorities),
		attribution: outputs.attribution
	};
	writeFileSync(join(outDir, 'size-report.json'), `${JSON.stringify(outputs.sizeReport, null, '\t')}\n`);
	// New files, then the manifest, then cleanup: an interrupted build never leaves the manifest dangling.
	writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	for (const name of readdirSync(outDir)) if (hashed.test(name) && !written.has(name)) rmSync(join(outDir, name));
	return manifest;
}
