// `npm run data:check`: the seed dataset's quality rules (src/lib/domain/checkDataset.ts) over data/seed, and the
// coverage per programme and region that data/seed/README.md quotes. Exits 1 when any rule fails.
// `npm run data:check -- DIR` checks a copy of the seed elsewhere (a researcher's working folder).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, coverage, type Row } from '#lib/domain/checkDataset.ts';
import { createResolver } from '#lib/domain/resolveAuthority.ts';
import { readRegister } from '#lib/server/register.ts';
import { readAliases, withAliases } from '#lib/server/aliases.ts';
import { readSeed } from '#lib/server/seed.ts';
import { readTable, SeedError, seedDir } from '#lib/server/seedTable.ts';

const dir = process.argv[2] ?? seedDir;
const optional = async (file: string): Promise<Row[]> => (existsSync(join(dir, file)) ? readTable(join(dir, file)) : []);

const [initiatives, savings, relations, separate, targets, aliases, register] = await Promise.all([
	readTable(join(dir, 'initiatives.csv')),
	optional('savings.csv'),
	optional('relations.csv'),
	optional('separate_pairs.csv'),
	optional('programme_targets.csv'),
	readAliases(dir),
	readRegister()
]);
const authorities = withAliases(register, aliases);
// First what the loader itself refuses (its validators, with line and column), then the dataset's own rules.
try {
	await readSeed(register, dir);
} catch (error) {
	if (!(error instanceof SeedError)) throw error;
	console.error(error.message);
	process.exit(1);
}
const resolver = createResolver(
	authorities,
	[],
	'check the spelling against the ONS name, give its GSS code, or add the name to data/seed/aliases.csv'
);
const dataset = { initiatives, savings, relations, separate };
const findings = checkDataset(dataset, authorities, resolver);
const { programmes, regions } = coverage(dataset, authorities, resolver);

const target = new Map(targets.map((row) => [row.programme, row]));
console.log(`${dir}: ${initiatives.length} initiatives, ${savings.length} savings figures, ${relations.length} relations\n`);
console.log('| programme | initiatives | councils named | known to exist |\n| --- | ---: | ---: | --- |');
for (const line of programmes) console.log(`| ${line.key} | ${line.initiatives} | ${line.authorities} | ${target.get(line.key)?.known ?? ''} |`);
// Programmes with no participant named yet still belong in the table: their gap is the point.
for (const [programme, row] of target) if (!programmes.some((line) => line.key === programme)) console.log(`| ${programme} | 0 | 0 | ${row.known} |`);
console.log('\n| region | initiatives | councils named |\n| --- | ---: | ---: |');
for (const line of regions) console.log(`| ${line.key} | ${line.initiatives} | ${line.authorities} |`);

if (findings.length > 0) {
	const byRule = Map.groupBy(findings, (finding) => finding.rule);
	console.error(`\n${findings.length} problem${findings.length === 1 ? '' : 's'}:`);
	for (const [rule, list] of byRule) {
		console.error(`\n${rule} (${list.length}):`);
		for (const finding of list) console.error(`  ${finding.where}: ${finding.detail}`);
	}
	process.exit(1);
}
console.log('\nno problems');
