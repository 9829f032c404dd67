// The resolver on the real register (static/geo) and the project's alias table: historic names,
// recoded councils, county/unitary pairs and spelling variants.
import { beforeAll, describe, expect, it } from 'vitest';
import { createResolver, type Resolver } from '#lib/domain/resolveAuthority.ts';
import { readRegister } from '#lib/server/register.ts';
import { readAliases } from '#lib/server/aliases.ts';

let resolver: Resolver;
beforeAll(async () => {
	resolver = createResolver(await readRegister(), await readAliases());
});

describe('resolving against the real register', () => {
	it.each([
		['Taunton Deane', 2012, 'E07000190'],
		['Taunton Deane', 2022, 'E07000190'],
		['Somerset West & Taunton', 2020, 'E07000246'],
		['Somerset County Council', 2018, 'E10000027'],
		['Somerset', 2024, 'E06000066'],
		['Shepway', null, 'E07000112'],
		['Folkestone & Hythe District Council', 2019, 'E07000112'],
		['Gateshead', null, 'E08000020'],
		['Gateshead', 2014, 'E08000037'],
		['Northumberland County Council', 2010, 'E06000048'],
		['Buckinghamshire County Council', 2015, 'E10000002'],
		['Buckinghamshire Council', 2021, 'E06000060'],
		['Bucks', 2022, 'E06000060'],
		['Hull City Council', null, 'E06000010'],
		['Bristol City Council', null, 'E06000023'],
		['Herefordshire Council', null, 'E06000019'],
		['Durham County Council', null, 'E06000047'],
		['St Helens', null, 'E08000013'],
		['Saint Albans City and District Council', 2012, 'E07000240'],
		['Kings Lynn & West Norfolk', null, 'E07000146'],
		['Royal Borough of Kensington & Chelsea', null, 'E09000020'],
		['Stoke', null, 'E06000021'],
		['BCP', 2020, 'E06000058']
	])('%s (%s) is %s', (name, year, code) => {
		expect(resolver.resolve(name, year).code).toBe(code);
	});

	it('suggests the intended council for a misspelling', () => {
		expect(resolver.resolve('Tonbridge and Mallings')).toMatchObject({ code: null, suggestions: ['Tonbridge and Malling (E07000115)'] });
	});

	it('refuses an ambiguous short name rather than guessing', () => {
		expect(resolver.resolve('Newcastle').code).toBeNull();
	});
});
