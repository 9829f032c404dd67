// The shape every stored savings figure must have, for pb_hooks/initiatives.pb.js on a stock binary (the
// project's launcher checks the same in Go, pocketbase/savingsShape.go); the app's own check is
// src/lib/domain/savings/validateSavings.ts, which says the same in more words.
const kinds = ['achieved', 'target', 'avoided', 'unclear'];
const periods = ['annual', 'cumulative', 'unclear'];
const year = (value) => value === null || (typeof value === 'number' && value >= 1900 && value <= 2100 && Math.floor(value) === value);

/** What is wrong with a savings value (as PocketBase hands a JSON field over), or '' when nothing is. */
function savingsProblem(raw) {
	let figures;
	try {
		if (raw === null || raw === undefined || raw === '') return '';
		figures = JSON.parse(typeof raw === 'string' ? raw : JSON.stringify(raw));
	} catch (_) {
		return 'must be a JSON array of figures';
	}
	if (figures === null) return '';
	if (!Array.isArray(figures)) return 'must be a JSON array of figures';
	const seen = [];
	for (let i = 0; i < figures.length; i++) {
		const f = figures[i];
		const n = `figure ${i + 1}`;
		if (f === null || typeof f !== 'object') return `${n} must be an object`;
		if (typeof f.amount !== 'number' || !(f.amount > 0) || Math.floor(f.amount) !== f.amount || f.amount > 1e12)
			return `${n} needs an amount in whole pounds greater than 0`;
		if (kinds.indexOf(f.kind) < 0) return `${n} needs a kind: ${kinds.join(', ')}`;
		if (periods.indexOf(f.period) < 0) return `${n} needs a period: ${periods.join(', ')}`;
		if (!year(f.fromYear) || !year(f.toYear)) return `${n}: fromYear and toYear must be financial-year start years (e.g. 2012) or null`;
		if (f.fromYear !== null && f.toYear !== null && f.toYear < f.fromYear) return `${n}: toYear comes before fromYear`;
		if (typeof f.scope !== 'string' || !/^([EWSN][0-9]{8})?$/.test(f.scope))
			return `${n}: scope must be '' (the whole arrangement) or one council's GSS code`;
		if (typeof f.reported !== 'string' || !/^(\d{4}(-\d{2}(-\d{2})?)?)?$/.test(f.reported))
			return `${n}: reported must be YYYY, YYYY-MM, YYYY-MM-DD or ''`;
		if (typeof f.source !== 'string' || !/^https?:\/\/\S+$/i.test(f.source))
			return `${n} needs a source web address starting with http:// or https://`;
		if (typeof f.basis !== 'string' || f.basis.trim() === '') return `${n} needs its basis: what the source says about the figure`;
		const key = `${f.kind} ${f.period} ${f.scope}`;
		if (seen.indexOf(key) >= 0) return `${n} repeats a ${f.kind} ${f.period} figure for ${f.scope || 'the whole arrangement'}: keep one`;
		seen.push(key);
	}
	return '';
}

module.exports = { savingsProblem };
