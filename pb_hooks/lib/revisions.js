// Helpers for revisions.pb.js (handlers reach shared code through require()).

/** The authority record ids a proposal's data names, or null when its participations are malformed. */
function namedAuthorities(app, record) {
	let data;
	try {
		data = JSON.parse(record.getString('data') || 'null');
	} catch (_) {
		return null;
	}
	if (data == null || !Array.isArray(data.participations) || data.participations.length === 0) return null;
	const ids = [];
	for (const participation of data.participations) {
		if (participation == null || typeof participation.code !== 'string') return null;
		try {
			ids.push(app.findFirstRecordByData('authorities', 'code', participation.code).id);
		} catch (_) {
			return null;
		}
	}
	return ids;
}

/** The create rule trusts `authorities`; this makes sure it is exactly the councils the proposal names. */
function checkAuthorities(app, record) {
	const named = namedAuthorities(app, record);
	const claimed = record.getStringSlice('authorities');
	const sameSet = named != null && named.length === claimed.length && named.every((id) => claimed.indexOf(id) >= 0);
	if (!sameSet) {
		throw new BadRequestError('The proposal’s authorities must be exactly the councils its participations name.', {
			authorities: new ValidationError('validation_authorities_mismatch', 'must list exactly the councils named in data.participations')
		});
	}
}

module.exports = { checkAuthorities };
