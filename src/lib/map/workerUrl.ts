// Where Vite put MapLibre's worker script: MapContext hands it to MapLibre (which cannot find it inside a
// bundle on its own), and map pages preload it (MapPreload.svelte), since the worker tiles the first
// geometry and MapLibre would otherwise only ask for it once the map exists.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export { workerUrl };
