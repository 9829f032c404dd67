// The one place that turns a PocketBase failure into an HTTP status and a message a user can act on.
import { ClientResponseError } from 'pocketbase';

export interface HttpFailure {
	status: number;
	message: string;
}

export const outageMessage = 'The map is temporarily unavailable because its database is not answering. Please try again in a minute.';

export function pocketbaseFailure(error: unknown): HttpFailure | null {
	if (!(error instanceof ClientResponseError)) return null;
	// status 0: the request never got an answer (PocketBase down or unreachable).
	if (error.status === 0) {
		return { status: 503, message: outageMessage };
	}
	if (error.status === 404) return { status: 404, message: 'Not found.' };
	if (error.status === 403 || error.status === 401) {
		return { status: error.status, message: 'You do not have permission to do that. Sign in with an account that does.' };
	}
	const message: unknown = error.response?.message;
	if (error.status === 400) return { status: 400, message: typeof message === 'string' && message !== '' ? message : 'The request was not valid.' };
	return { status: 502, message: 'The database answered with an unexpected error. Please try again; if it persists, tell the LGA data team.' };
}
