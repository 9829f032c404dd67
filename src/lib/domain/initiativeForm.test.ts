import { describe, expect, it } from 'vitest';
import { authorities } from '../../../tests/support/register.ts';
import { triBorough } from '../../../tests/support/imports.ts';
import {
	initiativeFormValues,
	maxCouncilRows,
	readInitiativeForm,
	slugFor,
	toggleCouncil,
	validateInitiativeForm,
	type CouncilEntry
} from './initiativeForm.ts';
import { createResolver } from './resolveAuthority.ts';

const context = {
	programmes: ['one_public_estate'],
	categories: ['management_team', 'revenues_benefits'],
	resolver: createResolver(authorities)
};

function formData(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
}

const valid = {
	id: 'tri-borough',
	name: triBorough.name,
	programme: '',
	service_category: 'management_team',
	status: 'ended',
	status_as_of: '2012-06-18',
	lga_map_listed: 'yes',
	start_year: '2011',
	end_year: '2018',
	saving_amount_0: '40000000',
	saving_kind_0: 'target',
	saving_period_0: 'annual',
	saving_fromYear_0: '2015',
	saving_toYear_0: '2015',
	saving_scope_0: '',
	saving_reported_0: '2012-06-18',
	saving_source_0: 'http://www.lbhf.gov.uk/news/triborough',
	saving_basis_0: 'projected annual saving by 2015/16',
	saving_amount_1: '10000000',
	saving_kind_1: 'achieved',
	saving_period_1: 'annual',
	saving_scope_1: 'Westminster',
	saving_source_1: 'http://www.lbhf.gov.uk/news/triborough',
	saving_basis_1: 'Westminster saved £10m a year',
	// An untouched blank row: only its selects carry values.
	saving_kind_2: 'unclear',
	saving_period_2: 'unclear',
	description: 'Three west London boroughs combined services under single management.',
	source_url: 'http://www.lbhf.gov.uk/news/triborough\nhttps://www.publicfinance.co.uk/news/2017/03/tri-borough',
	source_title: 'Tri-borough councils on course to save £40million-a-year',
	source_date: '2012-06-18',
	council_0: 'Westminster',
	council_1: 'Kensington and Chelsea',
	council_2: 'Hammersmith and Fulham',
	council_3: '',
	lead: '0',
	lifecycle: 'published'
};

describe('validateInitiativeForm', () => {
	it('turns a filled-in form into the same draft the import makes', () => {
		const { draft, errors } = validateInitiativeForm(readInitiativeForm(formData(valid)), context, { lifecycles: ['draft', 'published'] });
		expect(errors).toEqual({});
		expect(draft).toMatchObject({
			slug: 'tri-borough',
			startYear: 2011,
			savings: [
				{
					amount: 40000000,
					kind: 'target',
					period: 'annual',
					fromYear: 2015,
					toYear: 2015,
					scope: '',
					reported: '2012-06-18',
					source: 'http://www.lbhf.gov.uk/news/triborough',
					basis: 'projected annual saving by 2015/16'
				},
				{
					amount: 10000000,
					kind: 'achieved',
					period: 'annual',
					fromYear: null,
					toYear: null,
					scope: 'E09000033',
					reported: '',
					source: 'http://www.lbhf.gov.uk/news/triborough',
					basis: 'Westminster saved £10m a year'
				}
			],
			sources: [
				{ url: 'http://www.lbhf.gov.uk/news/triborough', title: valid.source_title, date: '2012-06-18' },
				{ url: 'https://www.publicfinance.co.uk/news/2017/03/tri-borough', title: '', date: '' }
			]
		});
		expect(draft!.participations.map((p) => [p.name, p.role])).toEqual([
			['Westminster', 'lead'],
			['Hammersmith and Fulham', 'partner'],
			['Kensington and Chelsea', 'partner']
		]);
	});

	it('reports each problem against its field', () => {
		const form = formData({
			...valid,
			name: '',
			start_year: '20l1',
			saving_amount_0: '£40m',
			source_url: 'javascript:alert(1)',
			council_1: 'Narnia',
			description: '=HYPERLINK("x")'
		});
		const { draft, errors } = validateInitiativeForm(readInitiativeForm(form), context);
		expect(draft).toBeNull();
		expect(errors.name).toEqual(['this column must not be empty']);
		expect(errors.start_year?.[0]).toMatch(/is not a year/);
		expect(errors.savings?.[0]).toMatch(/Savings figure 1: the amount must be whole pounds/);
		expect(errors.source_url?.[0]).toMatch(/not a web address/);
		expect(errors.councils?.[0]).toMatch(/no council is called “Narnia”/);
		expect(errors.description?.[0]).toMatch(/formula/);
	});

	it('requires at least one source web address', () => {
		const { errors } = validateInitiativeForm(readInitiativeForm(formData({ ...valid, source_url: '  ' })), context);
		expect(errors.source_url).toEqual(['this column must not be empty']);
	});

	it('requires a figure’s basis, a known kind and a scope among the councils, and two councils for a shared service', () => {
		const form = formData({ ...valid, saving_basis_0: '', saving_kind_1: 'saved', council_1: '', council_2: '' });
		const { errors } = validateInitiativeForm(readInitiativeForm(form), context);
		expect(errors.savings).toEqual([
			'Savings figure 1: the basis must quote or summarise what the source says about the figure',
			'Savings figure 2: the kind must be one of achieved, target, avoided, unclear'
		]);
		const elsewhere = validateInitiativeForm(readInitiativeForm(formData({ ...valid, saving_scope_1: 'Camden' })), context);
		expect(elsewhere.errors.savings?.[0]).toMatch(/Savings figure 2: the figure is for .*, which the initiative does not name/);
		expect(errors.councils?.[0]).toMatch(/at least two councils/);
	});

	it('uses the code the picker chose while it still matches the typed name', () => {
		const picked = readInitiativeForm(formData({ ...valid, council_0: 'Westminster', council_code_0: 'E09000033' }));
		expect(validateInitiativeForm(picked, context).draft?.participations[0].code).toBe('E09000033');
		// Typed over after picking: the typed name wins (and is resolved like any other).
		const retyped = readInitiativeForm(formData({ ...valid, council_0: 'Narnia', council_code_0: 'E09000033' }));
		expect(validateInitiativeForm(retyped, context).errors.councils?.[0]).toMatch(/Narnia/);
	});

	it('refuses a lifecycle outside the allowed ones', () => {
		const { errors } = validateInitiativeForm(readInitiativeForm(formData({ ...valid, lifecycle: 'pending' })), context, {
			lifecycles: ['draft', 'published']
		});
		expect(errors.lifecycle).toEqual(['choose one of draft, published']);
	});

	it('makes the id from the name when it is left empty', () => {
		const { draft } = validateInitiativeForm(readInitiativeForm(formData({ ...valid, id: '', name: 'Tri-borough: shared services!' })), context);
		expect(draft?.slug).toBe('tri-borough-shared-services');
		expect(slugFor('  Adur & Worthing  ')).toBe('adur-and-worthing');
	});

	it('round-trips a draft through the form values', () => {
		const { draft } = validateInitiativeForm(readInitiativeForm(formData(valid)), context);
		const values = initiativeFormValues(draft!);
		const form = formData({});
		for (const [name, value] of Object.entries(values)) if (typeof value === 'string') form.set(name, value);
		values.councils.forEach((entry, i) => {
			form.set(`council_${i}`, entry.name);
			form.set(`council_code_${i}`, entry.code);
			if (entry.lead) form.set('lead', String(i));
		});
		values.savings.forEach((entry, i) => {
			for (const [field, value] of Object.entries(entry)) form.set(`saving_${field}_${i}`, value);
		});
		expect(draft!.savings).toHaveLength(2);
		expect(validateInitiativeForm(readInitiativeForm(form), context).draft).toEqual(draft);
	});
});

describe('toggleCouncil (picking councils on the map)', () => {
	const blank = (): CouncilEntry => ({ name: '', code: '', lead: false });
	const cambridge = { code: 'E07000008', name: 'Cambridge' };
	const hunts = { code: 'E07000011', name: 'Huntingdonshire' };

	it('puts a council into the first empty row', () => {
		const { councils, outcome } = toggleCouncil([{ name: 'Huntingdonshire', code: hunts.code, lead: true }, blank(), blank()], cambridge);
		expect(outcome).toBe('added');
		expect(councils).toEqual([
			{ name: 'Huntingdonshire', code: hunts.code, lead: true },
			{ name: 'Cambridge', code: cambridge.code, lead: false },
			blank()
		]);
	});

	it('takes a council out when it is picked again, leaving its row empty and the others in place', () => {
		const { councils, outcome } = toggleCouncil(
			[
				{ name: 'Cambridge', code: cambridge.code, lead: true },
				{ name: 'Huntingdonshire', code: hunts.code, lead: false }
			],
			cambridge
		);
		expect(outcome).toBe('removed');
		expect(councils).toEqual([blank(), { name: 'Huntingdonshire', code: hunts.code, lead: false }]);
	});

	it('leaves a row with typed text alone, and adds a row when none is empty', () => {
		const { councils } = toggleCouncil([{ name: 'Hunting', code: '', lead: false }], cambridge);
		expect(councils).toEqual([
			{ name: 'Hunting', code: '', lead: false },
			{ name: 'Cambridge', code: cambridge.code, lead: false }
		]);
	});

	it('adds nothing past the most councils the form takes, and says so', () => {
		const full = Array.from({ length: maxCouncilRows }, (_, i) => ({
			name: `Council ${i}`,
			code: `E0800${String(i).padStart(4, '0')}`,
			lead: false
		}));
		const { councils, outcome } = toggleCouncil(full, cambridge);
		expect(outcome).toBe('full');
		expect(councils).toEqual(full);
	});
});
