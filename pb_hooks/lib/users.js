// Helpers for users.pb.js: the account rules that must hold however an account is written.
const passwords = () => require(`${__hooks}/generated/passwords.js`);

/**
 * A new password must pass the app's password rule (length and guessability). Superusers are the operators,
 * whom PocketBase lets past every API rule; skipping them also spares each JS VM the rule's dictionaries
 * (seconds to load) when accounts are made in bulk. Editors and owners changing their own are always checked.
 */
function checkPassword(e) {
	if (e.hasSuperuserAuth()) return;
	const body = e.requestInfo().body || {};
	const password = body.password;
	if (password === undefined || password === null || password === '') return;
	const problem = passwords().passwordProblem(String(password), [e.record.getString('email'), e.record.getString('name')]);
	if (problem) throw new BadRequestError(problem, { password: new ValidationError('validation_weak_password', problem) });
}

/** Display names are unique (whatever the case), so nobody can pass for someone else in review and history. */
function checkName(e) {
	const name = e.record.getString('name').trim();
	if (name === '') return;
	const taken = e.app
		.findRecordsByFilter('users', 'name ~ {:name} && id != {:id}', '', 50, 0, { name, id: e.record.id })
		.some((other) => other.getString('name').trim().toLowerCase() === name.toLowerCase());
	if (taken) {
		const message = `Another account already uses the name “${name}”; choose another (e.g. add the council’s name).`;
		throw new BadRequestError(message, { name: new ValidationError('validation_name_taken', message) });
	}
}

/** Only superusers may sort or filter accounts by e-mail address (the order alone would reveal them). */
function checkListQuery(e) {
	if (e.hasSuperuserAuth()) return;
	const query = e.requestInfo().query || {};
	if (/email/i.test(String(query.sort || '')) || /email/i.test(String(query.filter || ''))) {
		throw new BadRequestError('Accounts cannot be sorted or filtered by e-mail address.');
	}
}

module.exports = { checkPassword, checkName, checkListQuery };
