// Other names people and older datasets use for an authority: its former names plus the spelling
// variants of ONS names ("Bristol, City of" -> "Bristol"), so a search or a seed row still finds it.

// Short forms that no rule produces; keyed by the ONS name.
const commonNames: Record<string, string[]> = {
	'Kingston upon Hull, City of': ['Hull'],
	'Bournemouth, Christchurch and Poole': ['BCP']
};

/** Aliases for an authority called `name`, given the other names it has had; never includes `name`. */
export function aliases(name: string, formerNames: readonly string[] = []): string[] {
	const found = new Set<string>();
	for (const each of [name, ...formerNames]) {
		if (each !== name) found.add(each);
		for (const variant of variants(each)) found.add(variant);
	}
	for (const short of commonNames[name] ?? []) found.add(short);
	found.delete(name);
	return [...found];
}

function variants(name: string): string[] {
	const out: string[] = [];
	// ONS puts the style last: "Bristol, City of", "Herefordshire, County of".
	const styled = /^(.*), ((?:City|County) of)$/.exec(name);
	const base = styled ? styled[1] : name;
	if (styled) out.push(base, `${styled[2]} ${base}`);
	if (/^County /.test(base)) out.push(base.replace(/^County /, ''));
	for (const each of [base, ...out]) {
		if (each.includes(' and ')) out.push(each.replaceAll(' and ', ' & '));
		if (each.includes(' & ')) out.push(each.replaceAll(' & ', ' and '));
		if (/\bSt\. /.test(each)) out.push(each.replace(/\bSt\. /g, 'St '));
		else if (/\bSt /.test(each)) out.push(each.replace(/\bSt /g, 'St. '));
	}
	return out;
}
