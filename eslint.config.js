// ESLint: the recommended rules of JavaScript, TypeScript (typed) and Svelte, over the app, scripts, tests and
// the geo pipeline. Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', '.cache/', '.data/', 'static/', 'test-results/', 'playwright-report/', 'pocketbase/', 'pb_hooks/generated/'] },
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], tsconfigRootDir: import.meta.dirname }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	{
		// PocketBase's JS hooks and migrations run in its embedded VM, with its own globals, outside the TypeScript project.
		files: ['pb_hooks/**/*.js', 'pb_migrations/**/*.js'],
		...ts.configs.disableTypeChecked,
		languageOptions: { sourceType: 'script', globals: { ...globals.commonjs, $app: 'readonly', migrate: 'readonly', routerAdd: 'readonly', cronAdd: 'readonly', onRecordCreateRequest: 'readonly' } }
	}
);
