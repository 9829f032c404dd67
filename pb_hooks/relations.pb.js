/// <reference path="../pb_data/types.d.ts" />
// Relations between initiatives must hold however they are written: an initiative is never related to
// itself, and following part_of (or succeeded_by) links never comes back to where it started, so totals
// that count a part within its parent, or an arrangement within its successor, always end. A relation's
// source is shown as a link, so it is an http(s) address like every other source.
onRecordValidate((e) => {
	if (!/^(https?:\/\/[^\s]+)?$/i.test(e.record.getString('source_url'))) {
		throw new BadRequestError('A relation’s source must be a web address starting with http:// or https://.', {
			source_url: new ValidationError('validation_source_url', 'give a url starting with http:// or https://')
		});
	}
	const from = e.record.getString('from_initiative');
	const to = e.record.getString('to_initiative');
	const relation = e.record.getString('relation');
	if (from !== '' && from === to) {
		throw new BadRequestError('An initiative cannot be related to itself.', {
			to_initiative: new ValidationError('validation_relation_self', 'choose another initiative')
		});
	}
	// Each initiative has at most one link of each kind (a unique index), so this walks a single chain.
	let next = to;
	for (let steps = 0; next !== '' && steps < 1000; steps++) {
		if (next === from) {
			throw new BadRequestError(
				`This ${relation === 'part_of' ? 'part_of' : 'succeeded_by'} link would make a loop: the initiative would end up ${relation === 'part_of' ? 'part of itself' : 'succeeding itself'}.`,
				{
					to_initiative: new ValidationError('validation_relation_cycle', 'the link would make a loop')
				}
			);
		}
		let link;
		try {
			link = e.app.findFirstRecordByFilter('initiative_relations', 'from_initiative = {:id} && relation = {:relation}', { id: next, relation });
		} catch (_) {
			link = null;
		}
		next = link && link.id !== e.record.id ? link.getString('to_initiative') : '';
	}
	e.next();
}, 'initiative_relations');
