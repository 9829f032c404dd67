// Memory settings for the two servers, in one place for `npm start`, the tests and the benchmark.
// PocketBase: a few warm JS VMs for hooks instead of 15 (each holds its own copy of the hook code and
// heap; writes rarely nest more than three hooks deep, and a VM beyond the pool is built on demand), and a
// soft heap limit so Go's collector runs before the heap doubles. The app: a young generation big enough for
// a render's garbage (smaller, it filled at once and the collector took much of the CPU under load, for
// little memory saved) and a bounded old one (the response cache holds at most 32 MiB). Each can be
// overridden from the environment.

export const pocketBaseHooksPool = Number(process.env.PB_HOOKS_POOL || 4);

export const pocketBaseEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GOMEMLIMIT: process.env.GOMEMLIMIT || '96MiB' });

export const appNodeFlags = (process.env.APP_NODE_FLAGS ?? '--max-semi-space-size=8 --max-old-space-size=160').split(' ').filter(Boolean);
