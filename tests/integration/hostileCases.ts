// The hostile-input cases for the app's forms and PocketBase's REST API (hostileInput.test.ts runs them):
// each is a request a person or script could send, and the message its refusal must carry.
import type PocketBase from 'pocketbase';
import { recordId } from '#lib/server/importInitiatives.ts';
import { triBorough } from '../support/imports.ts';
import { proposalDraft, type Actors } from '../support/actors.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

export interface FormSession {
	url: string;
	cookie: string;
}

export interface FormCase {
	name: string;
	as: 'anonymous' | 'editor' | 'contributor';
	message?: RegExp;
	send(session: FormSession): Promise<Response>;
}

export interface ApiCase {
	name: string;
	as: 'anonymous' | 'contributorA' | 'editor' | 'superuser';
	message?: RegExp;
	send(client: PocketBase, context: { pb: SeededPocketBase; actors: Actors }): Promise<Response>;
}

const boundary = '----hostile';

function post(session: FormSession, path: string, body: BodyInit, contentType?: string): Promise<Response> {
	const headers: Record<string, string> = { origin: session.url, accept: 'text/html' };
	if (session.cookie) headers.cookie = session.cookie;
	if (contentType) headers['content-type'] = contentType;
	return fetch(session.url + path, { method: 'POST', redirect: 'manual', headers, body });
}

/** The import fixture's Tri-borough row as the initiative form's fields, with a fresh id. */
function initiativeForm(overrides: Record<string, string>): URLSearchParams {
	const councils = triBorough.councils.split(';').map((name) => name.trim());
	const fields: Record<string, string> = { ...triBorough, id: `hostile-${Math.random().toString(36).slice(2, 10)}`, lifecycle: 'draft' };
	delete fields.councils;
	delete fields.lead_council;
	councils.forEach((name, i) => (fields[`council_${i}`] = name));
	return new URLSearchParams({ ...fields, ...overrides });
}

const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nhalf a fie`;

export function hostileFormCases(): FormCase[] {
	const cases: FormCase[] = [];
	const unreadable = /could not be read/;
	for (const path of ['/signin', '/edit/initiatives/new', '/edit/import?/preview', '/edit/review?/approve', '/edit/contributors?/create']) {
		cases.push({
			name: `a truncated multipart body to ${path}`,
			as: path === '/signin' ? 'anonymous' : 'editor',
			message: unreadable,
			send: (s) => post(s, path, truncated, `multipart/form-data; boundary=${boundary}`)
		});
	}
	cases.push({
		name: 'a multipart body without a boundary',
		as: 'editor',
		message: unreadable,
		send: (s) => post(s, '/edit/initiatives/new', truncated, 'multipart/form-data')
	});
	cases.push({
		name: 'a multipart body whose boundary never appears',
		as: 'editor',
		message: unreadable,
		send: (s) => post(s, '/edit/initiatives/new', 'no parts here', `multipart/form-data; boundary=${boundary}`)
	});

	const initiative: [string, Record<string, string>, RegExp][] = [
		['an empty name', { name: '' }, /must not be empty/],
		['a NUL byte in the name', { name: 'Tri\u0000borough' }, /control character/],
		['a bell character in the description', { description: 'Three boroughs\u0007 together' }, /control character/],
		['an escape sequence in the source title', { source_title: 'Title \u001b[31mred' }, /control character/],
		['a backspace in the id', { id: 'tri\bborough' }, /control character|not a valid id/],
		['a vertical tab in the name', { name: 'Tri\u000bborough' }, /control character/],
		['a C1 control in the description', { description: 'Three \u0085boroughs' }, /control character/],
		['a start year that is not a number', { start_year: 'abc' }, /not a year/],
		['a start year in exponent form', { start_year: '2e3' }, /not a year/],
		['a start year with a sign', { start_year: '+2012' }, /not a year/],
		['an end year before the start year', { start_year: '2015', end_year: '2010' }, /before the start year/],
		['a year out of range', { start_year: '1066' }, /outside the years/],
		['an id with capitals and spaces', { id: 'Tri Borough' }, /not a valid id/],
		['an unknown programme', { programme: 'nope' }, /no programme/],
		['an unknown service category', { service_category: '<script>' }, /no service category/],
		['a javascript: source address', { source_url: 'javascript:alert(1)' }, /not a web address/],
		['a data: source address', { source_url: 'data:text/html,hi' }, /not a web address/],
		['a source date that is not a date', { source_date: '2012-13-45' }, /not a date/],
		['a name that starts a spreadsheet formula', { name: '=HYPERLINK("http://evil.example")' }, /formula/],
		['a description over the length limit', { description: 'x'.repeat(5000) }, /limit is/],
		['an unknown council', { council_0: 'Atlantis', council_1: '', council_2: '' }, /Atlantis/],
		['the same council twice', { council_0: 'Westminster', council_1: 'Westminster', council_2: '' }, /twice/],
		['no source at all', { source_url: '', source_title: '' }, /must not be empty/],
		['a lifecycle that does not exist', { lifecycle: 'archived' }, /choose one of/]
	];
	for (const [name, overrides, message] of initiative) {
		cases.push({
			name: `the initiative form with ${name}`,
			as: 'editor',
			message,
			send: (s) => post(s, '/edit/initiatives/new', initiativeForm(overrides), 'application/x-www-form-urlencoded')
		});
	}
	cases.push({
		name: 'a proposal naming none of the contributor’s councils',
		as: 'contributor',
		message: /must include/,
		send: (s) =>
			post(
				s,
				'/edit/initiatives/new',
				initiativeForm({ council_0: 'Cornwall', council_1: 'Devon', council_2: '' }),
				'application/x-www-form-urlencoded'
			)
	});
	cases.push({
		name: 'a proposal with a NUL byte in the name',
		as: 'contributor',
		message: /control character/,
		send: (s) => post(s, '/edit/initiatives/new', initiativeForm({ name: 'A\u0000B' }), 'application/x-www-form-urlencoded')
	});

	const contributor = (fields: Record<string, string>) =>
		new URLSearchParams({
			email: `new-${Math.random().toString(36).slice(2, 8)}@council.gov.uk`,
			name: 'New Officer',
			password: 'a-long-unusual-passphrase-42',
			authorities: 'Westminster',
			...fields
		});
	const accounts: [string, Record<string, string>, RegExp][] = [
		['a malformed e-mail address', { email: 'not-an-address' }, /e-mail address/],
		['an empty name', { name: '' }, /name/],
		['a NUL byte in the name', { name: 'New\u0000Officer' }, /control character/],
		['a short password', { password: 'short' }, /at least 12 characters/],
		['a common password', { password: 'password1234' }, /common|guess/],
		['a password of one repeated character', { password: 'aaaaaaaaaaaaaaaa' }, /common|guess/],
		['an unknown council', { authorities: 'Atlantis' }, /Atlantis/],
		['no council', { authorities: '' }, /at least one council/]
	];
	for (const [name, fields, message] of accounts) {
		cases.push({
			name: `a new contributor with ${name}`,
			as: 'editor',
			message,
			send: (s) => post(s, '/edit/contributors?/create', contributor(fields), 'application/x-www-form-urlencoded')
		});
	}
	cases.push({
		name: 'a contributor account created by a contributor',
		as: 'contributor',
		message: /Only LGA editors/,
		send: (s) => post(s, '/edit/contributors?/create', contributor({}), 'application/x-www-form-urlencoded')
	});
	cases.push({
		name: 'approving a proposal that does not exist',
		as: 'editor',
		message: /no longer exists/,
		send: (s) => post(s, '/edit/review?/approve', new URLSearchParams({ id: 'nosuchproposal1' }), 'application/x-www-form-urlencoded')
	});
	cases.push({
		name: 'rejecting a proposal without a comment',
		as: 'editor',
		message: /no longer exists|Say why/,
		send: (s) => post(s, '/edit/review?/reject', new URLSearchParams({ id: 'nosuchproposal1', comment: '' }), 'application/x-www-form-urlencoded')
	});
	cases.push({
		name: 'a sign-in with an empty password',
		as: 'anonymous',
		message: /Enter your e-mail address and your password/,
		send: (s) => post(s, '/signin', new URLSearchParams({ email: 'x@test.invalid', password: '' }), 'application/x-www-form-urlencoded')
	});
	cases.push({
		name: 'an import preview without a file',
		as: 'editor',
		message: /Choose a CSV file/,
		send: (s) => post(s, '/edit/import?/preview', new FormData())
	});
	cases.push({
		name: 'an import confirm without text',
		as: 'editor',
		message: /Nothing to import/,
		send: (s) => post(s, '/edit/import?/confirm', new URLSearchParams({ csv: '' }), 'application/x-www-form-urlencoded')
	});
	return cases;
}

/** A request to PocketBase's REST API as `client` (its token, if any). */
function api(client: PocketBase, method: string, path: string, body?: unknown): Promise<Response> {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (client.authStore.token) headers.authorization = client.authStore.token;
	return fetch(client.baseURL + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export function hostileApiCases(): ApiCase[] {
	const cases: ApiCase[] = [];
	const initiative = async (context: { pb: SeededPocketBase; actors: Actors }, fields: Record<string, unknown>) => {
		const category = await context.pb.admin.collection('categories').getFirstListItem('slug = "legal"', { requestKey: null });
		return {
			slug: `hostile-api-${Math.random().toString(36).slice(2, 8)}`,
			name: 'Hostile',
			programme: '',
			category: category.id,
			status: 'operational',
			lifecycle: 'draft',
			created_by: context.actors.ids.editor,
			description: 'x',
			sources: [{ url: 'https://example.org/x', title: 't', date: '' }],
			...fields
		};
	};
	const figure = {
		amount: 1000,
		kind: 'achieved',
		period: 'annual',
		fromYear: null,
		toYear: null,
		scope: '',
		reported: '',
		source: 'https://example.org/x',
		basis: 'b'
	};
	const initiativeCases: [string, Record<string, unknown>, RegExp][] = [
		['a start year that is not a number', { start_year: 'abc' }, /start_year|number/i],
		['an end year that is not a number', { end_year: 'soon' }, /end_year|number/i],
		['savings that are not a list of figures', { savings: 'lots' }, /savings/i],
		['a savings figure whose amount is text', { savings: [{ ...figure, amount: 'lots' }] }, /savings/i],
		['a NUL byte in a savings figure’s basis', { savings: [{ ...figure, basis: 'saves\u0000' }] }, /control character/],
		['a status date that is not a date', { status_as_of: 'soon' }, /status/i],
		['a start year of true', { start_year: true }, /start_year|number/i],
		['a NUL byte in the name', { name: 'Tri\u0000borough' }, /control character/],
		['an escape sequence in the description', { description: 'x\u001b[2J' }, /control character/],
		['a C1 control in the slug', { slug: 'a\u0085b' }, /control character|slug/i],
		['a javascript: source', { sources: [{ url: 'javascript:alert(1)', title: '', date: '' }] }, /http/],
		['sources holding null', { sources: [null] }, /http/],
		['sources that are not a list', { sources: 'https://example.org' }, /http/]
	];
	for (const [name, fields, message] of initiativeCases) {
		cases.push({
			name: `an initiative created with ${name}`,
			as: 'editor',
			message,
			send: async (client, context) => api(client, 'POST', '/api/collections/initiatives/records', await initiative(context, fields))
		});
	}
	for (const [name, fields, message] of initiativeCases.slice(0, 9)) {
		cases.push({
			name: `an initiative updated with ${name}`,
			as: 'editor',
			message,
			send: (client, context) => api(client, 'PATCH', `/api/collections/initiatives/records/${context.actors.initiative.id}`, fields)
		});
	}

	const proposal = (context: { pb: SeededPocketBase; actors: Actors }, data: unknown) => ({
		initiative: '',
		data,
		authorities: [context.actors.authorityA.id],
		status: 'pending',
		proposed_by: context.actors.ids.contributorA
	});
	const goodDraft = (context: { actors: Actors }) => proposalDraft('hostile-proposal', [context.actors.authorityA]);
	const proposalCases: [string, (context: { actors: Actors }) => unknown, RegExp][] = [
		['sources holding null', (c) => ({ ...goodDraft(c), sources: [null] }), /sources|source/],
		['data that is not an object', () => 'just text', /data|participations|councils/],
		['data that is null', () => null, /data|participations|councils/],
		['an unknown programme', (c) => ({ ...goodDraft(c), programme: 'nope' }), /programme/],
		['a javascript: source', (c) => ({ ...goodDraft(c), sources: [{ url: 'javascript:alert(1)', title: '', date: '' }] }), /source/],
		['a start year that is text', (c) => ({ ...goodDraft(c), startYear: 'abc' }), /start/],
		['a NUL byte in the name', (c) => ({ ...goodDraft(c), name: 'A\u0000B' }), /control character/],
		['a name that is a number', (c) => ({ ...goodDraft(c), name: 42 }), /name/],
		[
			'a participation without a code',
			(c) => ({ ...goodDraft(c), participations: [{ name: 'x', role: 'partner' }] }),
			/participations|councils|authorities/
		],
		['an invalid slug', (c) => ({ ...goodDraft(c), slug: 'Not A Slug' }), /id|slug/],
		['an unknown status', (c) => ({ ...goodDraft(c), status: 'thriving' }), /status/],
		[
			'a participation role that does not exist',
			(c) => ({ ...goodDraft(c), participations: [{ ...goodDraft(c).participations[0], role: 'boss' }] }),
			/role|participations|councils/
		],
		['savings that are not a list', (c) => ({ ...goodDraft(c), savings: 'lots' }), /savings/],
		['a savings figure of no known kind', (c) => ({ ...goodDraft(c), savings: [{ ...figure, kind: 'huge' }] }), /savings: figure 1: the kind/],
		[
			'a savings figure for a council it does not name',
			(c) => ({ ...goodDraft(c), savings: [{ ...figure, scope: 'E09000001' }] }),
			/savings: figure 1: the figure is for E09000001/
		],
		['a status date that is not a date', (c) => ({ ...goodDraft(c), statusAsOf: '2012-13' }), /status_as_of/],
		['a listing flag given as text', (c) => ({ ...goodDraft(c), lgaMapListed: 'yes' }), /lgaMapListed/],
		[
			'a mirror flag given as text',
			(c) => ({ ...goodDraft(c), sources: [{ url: 'https://example.org/x', title: 't', date: '', mirror: 'yes' }] }),
			/source/
		]
	];
	for (const [name, data, message] of proposalCases) {
		cases.push({
			name: `a proposal created with ${name}`,
			as: 'contributorA',
			message,
			send: (client, context) => api(client, 'POST', '/api/collections/revisions/records', proposal(context, data(context)))
		});
	}

	// Relations between initiatives are written by editors; their source is shown as a link.
	const relation = async (context: { pb: SeededPocketBase; actors: Actors }, fields: Record<string, unknown>) => {
		const from = context.actors.initiative.id;
		const to = await context.pb.admin
			.collection('initiatives')
			.getFirstListItem(context.pb.admin.filter('id != {:from}', { from }), { requestKey: null });
		return { from_initiative: from, relation: 'part_of', to_initiative: to.id, source_url: '', note: '', ...fields };
	};
	const relationCases: [string, Record<string, unknown>, RegExp][] = [
		['a javascript: source', { source_url: 'javascript:alert(1)' }, /http/],
		['a NUL byte in its note', { note: 'part\u0000of' }, /control character/],
		['an escape sequence in its source', { source_url: 'https://example.org/\u001b[2J' }, /control character|http/]
	];
	for (const [name, fields, message] of relationCases) {
		cases.push({
			name: `a relation created with ${name}`,
			as: 'editor',
			message,
			send: async (client, context) => api(client, 'POST', '/api/collections/initiative_relations/records', await relation(context, fields))
		});
	}
	cases.push({
		name: 'a batch that writes text into a start year',
		as: 'editor',
		message: /start_year|number/i,
		send: (client, context) =>
			api(client, 'POST', '/api/batch', {
				requests: [{ method: 'PATCH', url: `/api/collections/initiatives/records/${context.actors.initiative.id}`, body: { start_year: 'abc' } }]
			})
	});

	// The route the import and the editing forms write through (pb_hooks/import.pb.js), called directly by an
	// editor: it saves records itself, so it must refuse what the collections' REST API refuses.
	const writeRoute = (client: PocketBase, operations: unknown) => api(client, 'POST', '/api/app/write-initiatives', { operations });
	const draft = async (context: { pb: SeededPocketBase; actors: Actors }, fields: Record<string, unknown>) => ({
		...(await initiative(context, fields)),
		id: recordId()
	});
	const routeCreates: [string, Record<string, unknown>, RegExp][] = [
		['a NUL byte in the name', { name: 'Tri\u0000borough' }, /name .*control character/],
		['an escape sequence in the description', { description: 'x\u001b[2J' }, /description .*control character/],
		[
			'a NUL byte in a source’s title',
			{ sources: [{ url: 'https://example.org/x', title: 't\u0000', date: '' }] },
			/sources\[0\]\.title .*control character/
		],
		['a NUL byte in a savings figure’s basis', { savings: [{ ...figure, basis: 'saves\u0000' }] }, /savings\[0\]\.basis .*control character/],
		['a start year of "abc"', { start_year: 'abc' }, /start_year must be a number/],
		['an end year of true', { end_year: true }, /end_year must be a number/],
		[
			'a field the collection does not have',
			{ '@audit': JSON.stringify({ actor: 'someone-else', name: 'Someone else', role: 'editor', via: 'app' }) },
			/no field “@audit”/
		]
	];
	for (const [name, fields, message] of routeCreates) {
		cases.push({
			name: `the import route creating an initiative with ${name}`,
			as: 'editor',
			message,
			send: async (client, context) => writeRoute(client, [{ action: 'create', collection: 'initiatives', data: await draft(context, fields) }])
		});
	}
	const routeUpdates: [string, Record<string, unknown>, RegExp][] = [
		['a NUL byte in the name', { name: 'Tri\u0000borough' }, /name .*control character/],
		['a start year of "abc"', { start_year: 'abc' }, /start_year must be a number/]
	];
	for (const [name, fields, message] of routeUpdates) {
		cases.push({
			name: `the import route updating an initiative with ${name}`,
			as: 'editor',
			message,
			send: (client, context) => writeRoute(client, [{ action: 'update', collection: 'initiatives', id: context.actors.initiative.id, data: fields }])
		});
	}
	const routeOperations: [string, (context: { pb: SeededPocketBase; actors: Actors }) => unknown, RegExp][] = [
		[
			'an unknown collection',
			() => [{ action: 'create', collection: 'users', data: { email: 'route@test.invalid', role: 'editor' } }],
			/only initiatives and participations/
		],
		['an unknown action', (c) => [{ action: 'upsert', collection: 'initiatives', id: c.actors.initiative.id, data: {} }], /unknown action/],
		['an operation that is null', () => [null], /not an object/],
		[
			'data that is text',
			(c) => [{ action: 'update', collection: 'initiatives', id: c.actors.initiative.id, data: 'name=x' }],
			/data must be an object/
		],
		[
			'an update of a record that does not exist',
			() => [{ action: 'update', collection: 'initiatives', id: 'nosuchrecord123', data: { name: 'x' } }],
			/no initiatives record/
		],
		[
			'a draft and a participation for it with a role that does not exist',
			async (c) => {
				const created = await draft(c, {});
				return [
					{ action: 'create', collection: 'initiatives', data: created },
					{ action: 'create', collection: 'participations', data: { initiative: created.id, authority: c.actors.authorityA.id, role: 'boss' } }
				];
			},
			/role/
		],
		[
			'a draft and a participation for it with a field participations do not have',
			async (c) => {
				const created = await draft(c, {});
				return [
					{ action: 'create', collection: 'initiatives', data: created },
					{
						action: 'create',
						collection: 'participations',
						data: { initiative: created.id, authority: c.actors.authorityA.id, role: 'partner', start_year: 'abc' }
					}
				];
			},
			/no field “start_year”/
		],
		[
			'a draft and then a NUL byte in another initiative',
			async (c) => [
				{ action: 'create', collection: 'initiatives', data: await draft(c, {}) },
				{ action: 'update', collection: 'initiatives', id: c.actors.initiative.id, data: { name: 'A\u0000B' } }
			],
			/Operation 2 \(initiatives\): name .*control character/
		],
		['operations that are not a list', () => 'all of them', /must be a list/]
	];
	for (const [name, operations, message] of routeOperations) {
		cases.push({
			name: `the import route given ${name}`,
			as: 'editor',
			message,
			send: async (client, context) => writeRoute(client, await operations(context))
		});
	}

	const passwords: [string, string][] = [
		['"password"', 'password'],
		['"12345678"', '12345678'],
		['"aaaaaaaa"', 'aaaaaaaa'],
		['"password1234"', 'password1234'],
		['"qwertyuiop12"', 'qwertyuiop12'],
		['eleven characters', 'x7#Kp2!mQ9z']
	];
	for (const [name, secret] of passwords) {
		cases.push({
			name: `a contributor created with the password ${name}`,
			as: 'editor',
			message: /password/i,
			send: (client, context) =>
				api(client, 'POST', '/api/collections/users/records', {
					email: `weak-${Math.random().toString(36).slice(2, 8)}@test.invalid`,
					password: secret,
					passwordConfirm: secret,
					name: `Weak ${name}`,
					role: 'contributor',
					authorities: [context.actors.authorityA.id],
					emailVisibility: false
				})
		});
		cases.push({
			name: `a password changed to ${name} by its owner`,
			as: 'contributorA',
			message: /password/i,
			send: (client, context) =>
				api(client, 'PATCH', `/api/collections/users/records/${context.actors.ids.contributorA}`, {
					oldPassword: 'correct-horse-battery',
					password: secret,
					passwordConfirm: secret
				})
		});
	}
	cases.push({
		name: 'a display name taken from an editor',
		as: 'contributorA',
		message: /name/i,
		send: (client, context) => api(client, 'PATCH', `/api/collections/users/records/${context.actors.ids.contributorA}`, { name: 'editor' })
	});
	cases.push({
		name: 'a display name with a NUL byte',
		as: 'contributorA',
		message: /control character/,
		send: (client, context) =>
			api(client, 'PATCH', `/api/collections/users/records/${context.actors.ids.contributorA}`, { name: 'Contributor\u0000A' })
	});
	cases.push({
		name: 'users sorted by e-mail',
		as: 'editor',
		message: /sort|filter|e-mail/i,
		send: (client) => api(client, 'GET', '/api/collections/users/records?sort=email')
	});
	cases.push({
		name: 'users filtered by e-mail',
		as: 'editor',
		message: /sort|filter|e-mail/i,
		send: (client) => api(client, 'GET', `/api/collections/users/records?filter=${encodeURIComponent('email>"m"')}`)
	});
	cases.push({
		name: 'users sorted by e-mail, descending',
		as: 'contributorA',
		message: /sort|filter|e-mail/i,
		send: (client) => api(client, 'GET', '/api/collections/users/records?sort=-email')
	});
	return cases;
}
