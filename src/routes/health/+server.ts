// Liveness for operators and the test harness: is the app up, and does PocketBase answer?
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	try {
		await locals.pb.health.check({ requestKey: null });
		return json({ app: 'ok', pocketbase: 'ok' });
	} catch {
		return json({ app: 'ok', pocketbase: 'unreachable' }, { status: 503 });
	}
};
