// `npm run build:hooks`: bundles the app's validator for PocketBase's hooks (pb_hooks/generated/), for
// deployments that start PocketBase themselves; `npm start` and the tests build it when stale.
import { buildHookBundle, hookBundlePath } from './lib/hookBundle.ts';

await buildHookBundle();
console.log(`Hook bundle ready: ${hookBundlePath}`);
