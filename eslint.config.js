// ESLint: the recommended rules of JavaScript, TypeScript (typed) and Svelte, over the app, scripts, tests and
// the geo pipeline. Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// What PocketBase's JS VM provides to hooks and migrations (its pb_data/types.d.ts declares them all); the ones used here.
const pocketbaseGlobals = [
	...['$app', '$apis', '$os', '__hooks', 'migrate', 'routerAdd', 'routerUse', 'cronAdd', 'arrayOf'],
	...['onBootstrap', 'onRecordValidate', 'onRecordCreate', 'onRecordUpdate', 'onRecordDelete', 'onRecordEnrich'],
	...['onRecordCreateRequest', 'onRecordUpdateRequest', 'onRecordDeleteRequest', 'onRecordsListRequest', 'onRecordAuthWithPasswordRequest'],
	...['Record', 'Collection', 'DynamicModel', 'BadRequestError', 'ForbiddenError', 'NotFoundError', 'ValidationError', 'TooManyRequestsError'],
	...['TextField', 'NumberField', 'BoolField', 'JSONField', 'SelectField', 'RelationField'],
	// Added by the project's launcher (pocketbase/), absent from a stock binary: hooks test for it before use.
	'auditInBulk'
];

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', '.cache/', '.data/', 'static/', 'test-results/', 'playwright-report/', 'pocketbase/', 'pb_hooks/generated/']
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				// This file is plain JavaScript outside tsconfig's include: lint it with the default project.
				projectService: { allowDefaultProject: ['eslint.config.js'] },
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			// `const { omitted: _, ...rest } = value` is how the code drops a field; a rest sibling is a use.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			],
			// The app is served at the root (no paths.base) and most links are query strings from the explorer's URL
			// serialiser, which resolve() can neither prefix usefully nor type-check; the e2e tests follow the links.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: ['pb_hooks/**', 'pb_migrations/**'],
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	{
		files: ['src/lib/map/**'],
		// The map's Maps are caches and records of what MapLibre holds: nothing renders from them, so they stay plain.
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		// PocketBase's JS hooks and migrations run in its embedded VM, with its own globals, outside the TypeScript project.
		files: ['pb_hooks/**/*.js', 'pb_migrations/**/*.js'],
		extends: [ts.configs.disableTypeChecked],
		languageOptions: {
			sourceType: 'script',
			globals: { ...globals.commonjs, ...Object.fromEntries(pocketbaseGlobals.map((name) => [name, 'readonly'])) }
		},
		rules: {
			// The VM loads shared code with CommonJS require(), and the reference line gives editors PocketBase's types.
			'@typescript-eslint/no-require-imports': 'off',
			'@typescript-eslint/triple-slash-reference': 'off',
			// Svelte's wrapper of this core rule crashes on a script's top-level function (its proxied node misses its scope).
			'svelte/no-inner-declarations': 'off'
		}
	}
);
