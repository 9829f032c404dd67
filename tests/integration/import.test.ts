// Import against a real, seeded PocketBase: malformed files write nothing, writes are all-or-nothing,
// re-imports change nothing, and an export imports back to identical records.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativesCsv, savingsCsv } from '#lib/domain/exportInitiatives.ts';
import { parseCsv } from '#lib/domain/parseCsv.ts';
import { createResolver } from '#lib/domain/resolveAuthority.ts';
import type { Initiative } from '#lib/domain/initiative.ts';
import { listAuthorities } from '#lib/server/authorities.ts';
import { importInitiatives, writeInitiatives } from '#lib/server/importInitiatives.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { file, malformed, savingsFile, tauntonMendip, triBorough, triBoroughSavings } from '../support/imports.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
beforeAll(async () => {
	pb = await startSeededPocketBase();
});
afterAll(() => pb?.stop());

const fresh = { ...triBorough, id: 'test-tri-borough' };
const other = { ...tauntonMendip, id: 'test-taunton-mendip' };

/** Everything an import could touch: record ids with their update times. */
async function snapshot(): Promise<string> {
	const [initiatives, participations] = await Promise.all([
		pb.admin.collection('initiatives').getFullList({ fields: 'id,updated', sort: 'id', requestKey: null }),
		pb.admin.collection('participations').getFullList({ fields: 'id,updated', sort: 'id', requestKey: null })
	]);
	return [...initiatives, ...participations].map((record) => `${record.id}@${record.updated}`).join('\n');
}

async function exportCsv(initiatives: Initiative[]): Promise<string> {
	const authorities = await listAuthorities(pb.admin);
	return initiativesCsv(initiatives, {
		authorities: new Map(authorities.map((a) => [a.code, a])),
		resolver: createResolver(authorities)
	});
}

const withoutUpdated = (initiatives: Initiative[]) => initiatives.map(({ updated: _, ...rest }) => rest);

describe('importing a malformed file', () => {
	it('has at least 25 cases', () => expect(malformed.length).toBeGreaterThanOrEqual(25));

	it.each(malformed)('reports $name precisely and writes nothing', async ({ input, problems }) => {
		const before = await snapshot();
		const result = await importInitiatives(pb.admin, input);
		expect(result).toEqual({ ok: false, problems });
		expect(await snapshot()).toBe(before);
	});

	it('writes none of the valid rows when another row is bad', async () => {
		const before = await snapshot();
		const result = await importInitiatives(pb.admin, file(fresh, { ...other, status: 'live' }));
		expect(result.ok).toBe(false);
		expect(await snapshot()).toBe(before);
	});
});

describe('importing a valid file', () => {
	it('reports the plan of a dry run and writes nothing', async () => {
		const before = await snapshot();
		const result = await importInitiatives(pb.admin, file(fresh, other, triBorough), { dryRun: true });
		expect(result).toEqual({
			ok: true,
			written: false,
			plan: { created: ['test-tri-borough', 'test-taunton-mendip'], updated: ['tri-borough'], unchanged: [] }
		});
		expect(await snapshot()).toBe(before);
	});

	it('creates new initiatives with their participations, published', async () => {
		const result = await importInitiatives(pb.admin, file(fresh, other));
		expect(result).toMatchObject({ ok: true, written: true, plan: { created: ['test-tri-borough', 'test-taunton-mendip'] } });
		const stored = (await listPublishedInitiatives(pb.anonymous())).find((i) => i.slug === 'test-taunton-mendip');
		expect(stored?.participations).toEqual([
			{ code: 'E07000190', name: 'Taunton Deane', role: 'lead', abolished: '2019-04-01' },
			{ code: 'E07000187', name: 'Mendip', role: 'partner', abolished: '2023-04-01' }
		]);
	});

	it('changes nothing when the same file is imported again', async () => {
		const before = await snapshot();
		expect(await importInitiatives(pb.admin, file(fresh, other))).toEqual({
			ok: true,
			written: false,
			plan: { created: [], updated: [], unchanged: ['test-tri-borough', 'test-taunton-mendip'] }
		});
		expect(await snapshot()).toBe(before);
	});

	it('updates only the rows that changed, and their participations', async () => {
		const result = await importInitiatives(pb.admin, file(fresh, { ...other, councils: 'Taunton Deane; Sedgemoor', status: 'ended' }));
		expect(result).toMatchObject({ ok: true, plan: { created: [], updated: ['test-taunton-mendip'], unchanged: ['test-tri-borough'] } });
		const stored = (await listPublishedInitiatives(pb.admin)).find((i) => i.slug === 'test-taunton-mendip');
		expect(stored).toMatchObject({
			status: 'ended',
			participations: [
				{ code: 'E07000190', role: 'lead' },
				{ code: 'E07000188', role: 'partner' }
			]
		});
	});

	it('writes all of a batch or none of it when PocketBase refuses one record', async () => {
		const before = await snapshot();
		const good = {
			slug: 'test-good',
			name: 'Good',
			programme: '',
			category: 'legal',
			status: 'planned' as const,
			statusAsOf: '',
			lgaMapListed: false,
			startYear: 2012,
			endYear: null,
			description: 'Fine.',
			savings: [],
			sources: [{ url: 'https://example.org', title: 'x', date: '' }],
			participations: [{ code: 'E09000033', name: 'Westminster', role: 'partner' as const, abolished: null }]
		};
		// 1850 passes no validator here on purpose: PocketBase's own min of 1900 rejects it mid-batch.
		const bad = { ...good, slug: 'test-bad', startYear: 1850 };
		await expect(writeInitiatives(pb.admin, [good, bad])).rejects.toThrow();
		expect(await snapshot()).toBe(before);
	});
});

describe('export and import', () => {
	it('round-trips every published initiative to identical records', async () => {
		const before = await listPublishedInitiatives(pb.admin);
		expect(before.some((initiative) => initiative.savings.length > 0)).toBe(true);
		const csv = await exportCsv(before);
		const savings = savingsCsv(before);
		expect(await importInitiatives(pb.admin, csv, { dryRun: true, savings })).toMatchObject({ ok: true, plan: { created: [], updated: [] } });

		const batch = pb.admin.createBatch();
		for (const { id } of await pb.admin.collection('initiatives').getFullList({ fields: 'id', requestKey: null }))
			batch.collection('initiatives').delete(id);
		await batch.send({ requestKey: null });
		expect((await pb.admin.collection('participations').getList(1, 1)).totalItems).toBe(0);

		const result = await importInitiatives(pb.admin, new TextEncoder().encode(csv), { savings });
		expect(result).toMatchObject({ ok: true, plan: { created: before.map((i) => i.slug), updated: [], unchanged: [] } });
		expect(withoutUpdated(await listPublishedInitiatives(pb.admin))).toEqual(withoutUpdated(before));
		// Deletes and re-imports the whole seed through the hooks: slow on a busy machine.
	}, 180_000);

	it('neutralises spreadsheet formulas in the CSV and reads them back as the original text', async () => {
		const evil = { ...fresh, id: 'test-formula', name: '\'=HYPERLINK("http://evil.example","x")', description: "'@SUM(1+1)" };
		const sheet = savingsFile({ ...triBoroughSavings, initiative_id: 'test-formula', basis: "'-1 per year" });
		expect(await importInitiatives(pb.admin, file(evil), { savings: sheet })).toMatchObject({ ok: true });
		const stored = (await listPublishedInitiatives(pb.admin)).filter((i) => i.slug === 'test-formula');
		expect(stored[0]).toMatchObject({ name: '=HYPERLINK("http://evil.example","x")', description: '@SUM(1+1)', savings: [{ basis: '-1 per year' }] });
		const exported = savingsCsv(stored);
		expect(parseCsv(exported).rows.flatMap((row) => row.cells)).toContain("'-1 per year");

		const csv = await exportCsv(stored);
		expect(csv.startsWith('id,name,')).toBe(true);
		const cells = parseCsv(csv).rows.flatMap((row) => row.cells);
		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
		expect(cells).toContain('\'=HYPERLINK("http://evil.example","x")');
		expect(await importInitiatives(pb.admin, csv)).toMatchObject({ ok: true, plan: { unchanged: ['test-formula'] } });
	});

	it('takes a file as downloads are written now (header first) and as they were (a BOM and # note lines above the header)', async () => {
		const id = 'test-old-note';
		const current = file({ ...fresh, id });
		expect(current.startsWith('id,')).toBe(true);
		const older = `\uFEFF"# Council Shared Services Map. Initiatives compiled from public sources, Exported 2026-01-01T00:00:00.000Z."\r\n"# Savings of these 1 initiatives, per kind and period: none reported."\r\n${current}`;
		const sheet = savingsFile({ ...triBoroughSavings, initiative_id: id });
		const olderSheet = `\uFEFF"# Council Shared Services Map. Exported 2026-01-01T00:00:00.000Z."\r\n${sheet}`;
		expect(await importInitiatives(pb.admin, older, { savings: olderSheet })).toMatchObject({ ok: true, plan: { created: [id] } });
		expect(await importInitiatives(pb.admin, current, { savings: sheet })).toMatchObject({ ok: true, plan: { unchanged: [id] } });
		const stored = (await listPublishedInitiatives(pb.admin)).find((i) => i.slug === id)!;
		expect(stored).toMatchObject({ name: triBorough.name, savings: [{ amount: Number(triBoroughSavings.amount_gbp) }] });
	});
});

describe('importing savings figures', () => {
	it('sets the figures a savings sheet gives, keeps them on a later import without one, and writes nothing for a bad sheet', async () => {
		const id = 'test-savings';
		const sheet = savingsFile(
			{ ...triBoroughSavings, initiative_id: id },
			{ ...triBoroughSavings, initiative_id: id, kind: 'achieved', amount_gbp: '9000000', scope: 'Westminster' }
		);
		expect(await importInitiatives(pb.admin, file({ ...fresh, id }), { savings: sheet })).toMatchObject({ ok: true, plan: { created: [id] } });
		const figures = async () => (await listPublishedInitiatives(pb.admin)).find((i) => i.slug === id)!.savings;
		expect((await figures()).map((f) => [f.kind, f.period, f.amount, f.scope])).toEqual([
			['target', 'annual', 40000000, ''],
			['achieved', 'annual', 9000000, 'E09000033']
		]);

		expect(await importInitiatives(pb.admin, file({ ...fresh, id, description: 'Edited.' }))).toMatchObject({ ok: true, plan: { updated: [id] } });
		expect(await figures()).toHaveLength(2);

		const before = await snapshot();
		const bad = savingsFile({ ...triBoroughSavings, initiative_id: id, period: 'yearly' });
		expect(await importInitiatives(pb.admin, file({ ...fresh, id }), { savings: bad })).toEqual({
			ok: false,
			problems: [{ line: 2, column: 'savings sheet: period', reason: 'the period must be one of annual, cumulative, unclear' }]
		});
		expect(await snapshot()).toBe(before);
	});

	it('refuses a malformed figure sent straight to the REST API', async () => {
		const [record] = (await pb.admin.collection('initiatives').getList(1, 1, { requestKey: null })).items;
		const figure = {
			amount: 5,
			kind: 'projected',
			period: 'annual',
			fromYear: null,
			toYear: null,
			scope: '',
			reported: '',
			source: 'https://example.org',
			basis: 'x'
		};
		await expect(pb.admin.collection('initiatives').update(record.id, { savings: [figure] })).rejects.toMatchObject({
			status: 400,
			response: { message: 'Savings: figure 1 needs a kind: achieved, target, avoided, unclear.' }
		});
		const twice = { ...figure, kind: 'achieved' };
		await expect(pb.admin.collection('initiatives').update(record.id, { savings: [twice, twice] })).rejects.toMatchObject({ status: 400 });
	});
});

describe('npm run import', () => {
	function runImport(contents: string, ...args: string[]) {
		const dir = mkdtempSync(join(tmpdir(), 'import-'));
		const path = join(dir, 'initiatives.csv');
		writeFileSync(path, contents);
		// `SHEET:` followed by a savings sheet's text stands for a file holding it.
		args = args.map((arg) => (arg.startsWith('SHEET:') ? (writeFileSync(join(dir, 'savings.csv'), arg.slice(6)), join(dir, 'savings.csv')) : arg));
		const env = { ...process.env, PB_URL: pb.url, PB_SUPERUSER_EMAIL: pb.superuser.email, PB_SUPERUSER_PASSWORD: pb.superuser.password };
		const run = spawnSync(process.execPath, ['scripts/import.ts', path, ...args], { encoding: 'utf8', env });
		return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
	}

	it('prints each problem as "line L, column C: reason" and exits 1', async () => {
		const before = await snapshot();
		const result = runImport(file({ ...fresh, id: 'cli-a', status: 'live', start_year: '1850' }));
		expect(result.status).toBe(1);
		expect(result.stdout.split('\n')).toEqual([
			'line 2, column status: “live” is not a status; use one of operational, planned, ended, merged, unknown',
			'line 2, column start_year: 1850 is outside the years an initiative can have (1900–2100)'
		]);
		expect(result.stderr).toMatch(/2 problems; nothing was written\.$/);
		expect(await snapshot()).toBe(before);
	});

	it('checks a savings sheet given with --savings, naming its problems, and writes nothing', async () => {
		const before = await snapshot();
		const result = runImport(
			file({ ...fresh, id: 'cli-c' }),
			'--savings',
			`SHEET:${savingsFile({ ...triBoroughSavings, initiative_id: 'cli-c', kind: 'saved' })}`
		);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('line 2, column savings sheet: kind: the kind must be one of achieved, target, avoided, unclear');
		expect(await snapshot()).toBe(before);
		const good = runImport(
			file({ ...fresh, id: 'cli-c' }),
			'--savings',
			`SHEET:${savingsFile({ ...triBoroughSavings, initiative_id: 'cli-c' })}`,
			'--dry-run'
		);
		expect(good).toMatchObject({ status: 0, stdout: '1 initiatives would be created, 0 updated, 0 unchanged.\nDry run: nothing was written.' });
	});

	it('reports the plan of a dry run and exits 0', () => {
		const result = runImport(file({ ...fresh, id: 'cli-b' }), '--dry-run');
		expect(result).toMatchObject({ status: 0, stdout: '1 initiatives would be created, 0 updated, 0 unchanged.\nDry run: nothing was written.' });
	});
});
