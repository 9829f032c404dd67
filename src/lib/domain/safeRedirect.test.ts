import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect.ts';

describe('safeRedirect', () => {
	it.each(['/', '/edit', '/edit/initiatives/tri-borough?tab=history#top', '/authorities/E09000033', '/search?q=a%20b'])(
		'keeps the same-site path %s',
		(path) => {
			expect(safeRedirect(path)).toBe(path);
		}
	);

	it.each([
		['an absolute URL', 'https://evil.example/'],
		['a scheme-relative URL', '//evil.example'],
		['a scheme-relative URL with a path', '//evil.example/edit'],
		['a backslash host', '/\\evil.example'],
		['a double backslash', '\\\\evil.example'],
		['a javascript: URL', 'javascript:alert(1)'],
		['a data: URL', 'data:text/html,<script>alert(1)</script>'],
		['an encoded second slash', '/%2Fevil.example'],
		['a doubly encoded second slash', '/%252Fevil.example'],
		['an encoded backslash', '/%5Cevil.example'],
		['a tab between the slashes', '/\t/evil.example'],
		['a newline between the slashes', '/\n/evil.example'],
		['a relative path', 'edit'],
		['a bare host', 'evil.example'],
		['an http URL with credentials', 'http://user@evil.example'],
		['a triple slash', '///evil.example'],
		['malformed percent-encoding', '/%E0%A4%A'],
		['an empty value', ''],
		['a leading space', ' /edit'],
		['a dot segment before a second slash', '/.//evil.example'],
		['a parent segment before a second slash', '/a/..//x'],
		['an encoded dot segment', '/%2e//x'],
		['an encoded parent segment', '/a/%2e%2e//x'],
		['a dot segment with a query', '/.//evil.example?x=1']
	])('refuses %s', (_, target) => {
		expect(safeRedirect(target)).toBe('/');
	});

	it('falls back to the given path', () => {
		expect(safeRedirect('https://evil.example', '/edit')).toBe('/edit');
		expect(safeRedirect(null, '/edit')).toBe('/edit');
	});
});
