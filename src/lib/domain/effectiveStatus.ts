// The status every view, export and total shows for an initiative: the recorded status with the date of its
// evidence, except that an arrangement whose every council has since been abolished ended when the last of
// them went (the register's validTo, carried on each participation). Evidence dated after that day (a source
// saying it carried on, under a successor it then names) keeps the recorded status.
import type { Initiative, Status } from './initiative.ts';

export interface EffectiveStatus {
	/** What views show. */
	status: Status;
	/** Date of the evidence behind `status` (YYYY, YYYY-MM or YYYY-MM-DD); null when none is recorded. */
	asOf: string | null;
	/** The day the last of its councils was abolished, when that is what ended it; else null. */
	endedByAbolition: string | null;
}

/** Statuses that say the arrangement still runs (or will), which the abolition of every council overrides. */
const live: readonly Status[] = ['operational', 'planned', 'unknown'];

export function effectiveStatus(initiative: Pick<Initiative, 'status' | 'statusAsOf' | 'participations'>): EffectiveStatus {
	const asOf = initiative.statusAsOf === '' ? null : initiative.statusAsOf;
	const abolished = initiative.participations.map((p) => p.abolished);
	const allGone = abolished.length > 0 && abolished.every((date) => date !== null);
	if (allGone && live.includes(initiative.status)) {
		const last = abolished.reduce((a, b) => (a > b ? a : b));
		// A partial as-of date reads as its first day: "2019" is not evidence from after 1 April 2019.
		if (asOf === null || asOf < last) return { status: 'ended', asOf: last, endedByAbolition: last };
	}
	return { status: initiative.status, asOf, endedByAbolition: null };
}

/** The year an initiative ended, if it did: as recorded, or the year its councils were abolished. */
export function effectiveEndYear(initiative: Pick<Initiative, 'status' | 'statusAsOf' | 'participations' | 'endYear'>): number | null {
	if (initiative.endYear !== null) return initiative.endYear;
	const { endedByAbolition } = effectiveStatus(initiative);
	return endedByAbolition === null ? null : Number(endedByAbolition.slice(0, 4));
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "18 June 2012", "June 2012" or "2012" for a full, year-month or year date. */
export function formatPartialDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (month === undefined) return year;
	const name = months[Number(month) - 1] ?? month;
	return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** The status as views word it: "operational as of June 2012", "ended 1 April 2019, when its councils were abolished". */
export function statusText(effective: EffectiveStatus): string {
	if (effective.endedByAbolition !== null) {
		return `ended ${formatPartialDate(effective.endedByAbolition)}, when its councils were abolished`;
	}
	return effective.asOf === null ? `${effective.status} (no date for this status)` : `${effective.status} as of ${formatPartialDate(effective.asOf)}`;
}
