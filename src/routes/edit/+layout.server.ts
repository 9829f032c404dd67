// Every editing page needs a signed-in contributor or editor; the sign-in page brings people back here.
// (Form actions do not run this load: each action calls requireUser/requireEditor itself.)
import { requireUser } from '#lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => {
	const user = requireUser(event);
	return { user: { name: user.name, role: user.role } };
};
