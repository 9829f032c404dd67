/// <reference path="../pb_data/types.d.ts" />
// Source links are rendered as links on every page: each must be an http(s) address (never javascript:
// or data:), and a published initiative cites at least one. Holds however the record is saved.
onRecordValidate((e) => {
	let sources = null;
	try {
		sources = JSON.parse(e.record.getString('sources') || '[]');
	} catch (_) {
		sources = null;
	}
	const web = (source) => source != null && typeof source === 'object' && /^https?:\/\/[^\s]+$/i.test(String(source.url || ''));
	if (!Array.isArray(sources) || !sources.every(web)) {
		throw new BadRequestError('Every source must have a web address starting with http:// or https://.', {
			sources: new ValidationError('validation_source_url', 'each source needs a url starting with http:// or https://')
		});
	}
	if (e.record.getString('lifecycle') === 'published' && sources.length === 0) {
		throw new BadRequestError('A published initiative needs at least one source web address.', {
			sources: new ValidationError('validation_source_required', 'at least one source web address is required to publish')
		});
	}
	e.next();
}, 'initiatives');
