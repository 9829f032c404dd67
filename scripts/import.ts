// `npm run import -- FILE [--savings SHEET] [--dry-run]`: imports an initiatives CSV, and optionally its savings
// sheet (templates: data/API.md), into a running PocketBase, all or nothing. Prints each problem as
// "line L, column C: reason" and exits 1 if there is any.
import { readFile } from 'node:fs/promises';
import { importInitiatives } from '#lib/server/importInitiatives.ts';
import { superuserClient, superuserLoginFromEnv } from './lib/superuserClient.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const savingsAt = args.indexOf('--savings');
const savingsFile = savingsAt >= 0 ? args[savingsAt + 1] : undefined;
const files = args.filter((arg, i) => arg !== '--dry-run' && arg !== '--savings' && (savingsAt < 0 || i !== savingsAt + 1));
if (files.length !== 1 || files[0].startsWith('-') || (savingsAt >= 0 && (!savingsFile || savingsFile.startsWith('-')))) {
	console.error('usage: npm run import -- FILE.csv [--savings SAVINGS.csv] [--dry-run]');
	process.exit(2);
}

const input = await readFile(files[0]).catch(() => {
	console.error(`error: cannot read ${files[0]}: check the path.`);
	process.exit(2);
});

try {
	const pb = await superuserClient(superuserLoginFromEnv());
	const savings = savingsFile
		? await readFile(savingsFile).catch(() => {
				console.error(`error: cannot read ${savingsFile}: check the path.`);
				process.exit(2);
			})
		: undefined;
	const result = await importInitiatives(pb, input, { dryRun, savings });
	if (!result.ok) {
		for (const problem of result.problems) console.log(`line ${problem.line}, column ${problem.column}: ${problem.reason}`);
		console.error(`${files[0]}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing was written.`);
		process.exit(1);
	}
	const { created, updated, unchanged } = result.plan;
	const verb = dryRun ? 'would be' : 'were';
	console.log(`${created.length} initiatives ${verb} created, ${updated.length} updated, ${unchanged.length} unchanged.`);
	if (dryRun) console.log('Dry run: nothing was written.');
} catch (error) {
	console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
}
