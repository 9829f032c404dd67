/// <reference path="../pb_data/types.d.ts" />
// Source links are rendered as links on every page: each must be an http(s) address (never javascript:
// or data:), and a published initiative cites at least one; a source's mirror flag, when given, is true or
// false. The status's as-of date is a real date, not in the future. Holds however the record is saved.
// The project's launcher checks these in Go (pocketbase/initiativeChecks.go: every initiative of an import
// runs them, too often for a JS hook); the hooks below register the same only when PocketBase is a stock
// binary (POCKETBASE_BIN).
if ($os.getenv('MAP_POCKETBASE_LAUNCHER') !== '1') {
	onRecordValidate((e) => {
		let sources;
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
		if (!sources.every((source) => source.mirror === undefined || typeof source.mirror === 'boolean')) {
			throw new BadRequestError('A source’s mirror flag must be true or false.', {
				sources: new ValidationError('validation_source_mirror', 'mirror must be true or false')
			});
		}
		if (e.record.getString('lifecycle') === 'published' && sources.length === 0) {
			throw new BadRequestError('A published initiative needs at least one source web address.', {
				sources: new ValidationError('validation_source_required', 'at least one source web address is required to publish')
			});
		}
		e.next();
	}, 'initiatives');

	onRecordValidate((e) => {
		const asOf = e.record.getString('status_as_of');
		const match = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(asOf);
		if (asOf !== '') {
			const [, year, month, day] = match || [];
			const full = match && `${year}-${month || '01'}-${day || '01'}`;
			const date = full && new Date(`${full}T00:00:00Z`);
			const real = date && !isNaN(date.getTime()) && date.toISOString().slice(0, 10) === full;
			if (!real) {
				throw new BadRequestError('The status’s as-of date must be a date such as 2012-06-18, 2012-06 or 2012.', {
					status_as_of: new ValidationError('validation_status_as_of', 'write the date of the evidence as 2012-06-18, 2012-06 or 2012')
				});
			}
			if (full > new Date().toISOString().slice(0, 10)) {
				throw new BadRequestError('The status’s as-of date is in the future; give the date of the evidence behind the status.', {
					status_as_of: new ValidationError('validation_status_as_of_future', 'the date of the evidence cannot be in the future')
				});
			}
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
}
