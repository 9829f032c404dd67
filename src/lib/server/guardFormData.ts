// A request body the browser could not have sent (a multipart body cut short, a broken boundary) makes
// `request.formData()` throw a TypeError, which SvelteKit would answer with a 500. Every form action
// reads its body through this guard instead, so such a body is answered 400 with a message.
import { error } from '@sveltejs/kit';

export function guardFormData(request: Request): void {
	const read = request.formData.bind(request);
	request.formData = async () => {
		try {
			return await read();
		} catch (caught) {
			if (!(caught instanceof TypeError)) throw caught;
			error(400, {
				status: 400,
				message: 'The form could not be read: what was sent is incomplete or malformed. Reload the page and send the form again.'
			});
		}
	};
}
