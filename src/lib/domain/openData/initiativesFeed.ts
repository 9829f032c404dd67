// What is newly published or changed, as an Atom feed (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287):
// the latest published initiatives of the whole map, a council or a programme, newest change first.
import type { Initiative } from '../initiative.ts';
import { statusLabels } from '../filterLabels.ts';
import { effectiveStatus } from '../effectiveStatus.ts';

/** How many entries a feed holds: readers poll, so the latest changes are enough. */
export const feedSize = 50;

export interface FeedTarget {
	/** The site's origin, e.g. `https://map.example.org`. */
	origin: string;
	/** Path of the feed itself, e.g. `/feed.atom`. */
	feedPath: string;
	/** Path of the page the feed follows, e.g. `/authorities/E09000033`. */
	pagePath: string;
	title: string;
}

function xml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An RFC 3339 time, as Atom requires (PocketBase gives `2026-01-01 10:00:00.000Z`). */
function time(value: string): string {
	return new Date(value.replace(' ', 'T')).toISOString();
}

function entry(initiative: Initiative, origin: string): string {
	const url = `${origin}/initiatives/${encodeURIComponent(initiative.slug)}`;
	const councils = initiative.participations.map((participation) => participation.name).join(', ');
	// The status the pages show: an arrangement whose every council was abolished has ended.
	const status = effectiveStatus(initiative);
	const summary = `${statusLabels[status.status]}${status.asOf ? ` (as of ${status.asOf})` : ''}. Councils: ${councils}. ${initiative.description}`;
	const categories = [initiative.programme, initiative.category].filter((term) => term !== '');
	return [
		'<entry>',
		`<id>${xml(url)}</id>`,
		`<title>${xml(initiative.name)}</title>`,
		`<updated>${time(initiative.updated)}</updated>`,
		`<link rel="alternate" type="text/html" href="${xml(url)}"/>`,
		...categories.map((term) => `<category term="${xml(term)}"/>`),
		`<summary type="text">${xml(summary)}</summary>`,
		'</entry>'
	].join('\n');
}

/** The feed of `initiatives` (any order): the `feedSize` most recently changed. */
export function initiativesFeed(initiatives: readonly Initiative[], target: FeedTarget): string {
	const latest = [...initiatives].sort((a, b) => time(b.updated).localeCompare(time(a.updated)) || a.slug.localeCompare(b.slug)).slice(0, feedSize);
	const self = `${target.origin}${target.feedPath}`;
	// An empty feed still needs an updated time: the epoch says "nothing yet" without claiming a change.
	const updated = latest.length > 0 ? time(latest[0].updated) : new Date(0).toISOString();
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`<id>${xml(self)}</id>`,
		`<title>${xml(target.title)}</title>`,
		`<updated>${updated}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
		`<link rel="alternate" type="text/html" href="${xml(`${target.origin}${target.pagePath}`)}"/>`,
		'<author><name>Council Shared Services Map</name></author>',
		...latest.map((initiative) => entry(initiative, target.origin)),
		'</feed>',
		''
	].join('\n');
}

/** Every feed's headers: readable from any origin, briefly cacheable (readers poll). */
export const feedHeaders: Readonly<Record<string, string>> = {
	'content-type': 'application/atom+xml; charset=utf-8',
	'access-control-allow-origin': '*',
	'cache-control': 'public, max-age=60'
};
