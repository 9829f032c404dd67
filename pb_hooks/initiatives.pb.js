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

// Savings figures are typed (src/lib/domain/savings/savingsFigure.ts, validateSavings.ts): the aggregates
// add only figures of one kind and period, so a figure without a known kind, period and positive amount,
// or two of the same kind, period and scope, would make them wrong. Whether a scope names one of the
// initiative's councils is the app's check (participations are saved after the initiative).
onRecordValidate((e) => {
	const problem = require(`${__hooks}/lib/savingsShape.js`).savingsProblem(e.record.getString('savings'));
	if (problem) {
		throw new BadRequestError(`Savings: ${problem}.`, { savings: new ValidationError('validation_savings', problem) });
	}
	e.next();
}, 'initiatives');
