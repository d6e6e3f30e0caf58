/**
 * Dates and preparation names in the current language. Apart from labels.ts because it brings date-fns,
 * which the start page's first load must not carry.
 */
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { getLanguage } from '$lib/i18n/locale.svelte';
import { formatDate as formatLongDate } from './dates';
import { meetingTypeShort } from './labels';
import { ownWords } from './own-words';

/** For a title that is stored (a copy's name): the parent's words as they are, without isolates. */
export const plain = (text: string) => text;

/** "3 december 2026" / "3 December 2026", in the current language. */
export function formatDate(iso: string): string {
	return formatLongDate(iso, getLanguage());
}

/**
 * The name shown in lists: the parent's own title, else child, meeting and date. The parent's words keep
 * their direction on the screen (own-words.ts); pass `plain` for a name that is stored.
 */
export function preparationTitle(prep: Preparation, own = ownWords): string {
	const title = prep.title.trim();
	return title
		? own(title)
		: m.preparation_title({
				child: own(prep.child.firstName),
				meeting: meetingTypeShort[prep.meeting.type](),
				date: formatDate(prep.meeting.date)
			});
}

/** A name short enough for one button: the parent's own title, else child and meeting. */
export function shortTitle(prep: Preparation): string {
	const title = prep.title.trim();
	return title
		? ownWords(title)
		: m.preparation_short_title({
				child: ownWords(prep.child.firstName),
				meeting: meetingTypeShort[prep.meeting.type]()
			});
}
