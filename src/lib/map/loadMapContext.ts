// The one way pages load the map context (and with it MapLibre, a large chunk): started while the page
// hydrates rather than after it has mounted, and shared, so every map on the page waits for one download.
let loading: Promise<typeof import('./MapContext.svelte.ts')> | null = null;

export function loadMapContext(): Promise<typeof import('./MapContext.svelte.ts')> {
	loading ??= import('./MapContext.svelte.ts');
	return loading;
}
