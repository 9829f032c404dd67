// The geography pipeline end to end (geo/README.md): read both vintages, trace the code changes between
// them, draw and simplify the boundaries, lay out the hexes, assemble the register and write static/geo/.
import { vintages } from '../src/lib/domain/authority.ts';
import { finishVintage } from './finishVintage.ts';
import { locateSources } from './locateSources.ts';
import { readChanges } from './readChanges.ts';
import { readVintage } from './readVintage.ts';
import { register } from './register.ts';
import type { SimplifyOptions } from './simplify.ts';
import { loadSourceConfig } from './sourceConfig.ts';
import { successors } from './successors.ts';
import { writeOutputs, type Manifest, type Outputs } from './writeOutputs.ts';

export interface BuildOptions {
	/** Mirror folder; without it the inputs are downloaded into cacheDir. */
	sourceDir?: string;
	cacheDir: string;
	outDir: string;
	budgetBytes?: number;
}

/** 100 KiB gzipped per vintage: the budget for the first map paint. */
export const defaultBudget = 100 * 1024;

// About BSC (200 m) detail: drops vertices that make triangles under ~0.04 km², islands under ~1 km²,
// on a ~60 m output grid. fitBudget coarsens from here only if a vintage would exceed the budget.
const detail: SimplifyOptions = { minWeight: 5e-6, minArea: 1.5e-4, quantization: 1e4 };

export async function buildGeo(options: BuildOptions): Promise<{ manifest: Manifest; outputs: Outputs }> {
	const config = loadSourceConfig();
	const sources = await locateSources(config, options.sourceDir, options.cacheDir);
	const inputs = vintages.map((vintage) => readVintage(sources, vintage));
	const [first, last] = [inputs[0], inputs[inputs.length - 1]];
	const changes = readChanges(sources, first, last);
	const lineage = successors(changes, first.parents, new Set(last.parents.keys()));
	const finished = inputs.map((input) => finishVintage(sources, input, changes, options.budgetBytes ?? defaultBudget, detail));
	const outputs: Outputs = {
		vintages: Object.fromEntries(inputs.map((input, i) => [input.vintage, { boundaries: finished[i].boundaries, hex: finished[i].hex }])),
		authorities: JSON.stringify(
			register(
				finished.map((f) => f.register),
				lineage,
				changes
			)
		),
		attribution: config.attribution,
		sizeReport: Object.fromEntries(inputs.map((input, i) => [input.vintage, finished[i].size]))
	};
	return { manifest: writeOutputs(options.outDir, outputs), outputs };
}
