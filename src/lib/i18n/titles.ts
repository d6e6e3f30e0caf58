/**
 * Dates and preparation names in the current language. Apart from labels.ts because it brings date-fns,
 * which the start page's first load must not carry.
 */
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { getLanguage } from '$lib/i18n/locale.svelte';
import { formatDate as formatLongDate } from './dates';
import { meetingTypeShort } from './labels';

/** "3 december 2026" / "3 December 2026", in the current language. */
export function formatDate(iso: string): string {
	return formatLongDate(iso, getLanguage());
}

/** The name shown in lists: the parent's own title, else child, meeting and date. */
export function preparationTitle(prep: Preparation): string {
	return (
		prep.title.trim() ||
		m.preparation_title({
			child: prep.child.firstName,
			meeting: meetingTypeShort[prep.meeting.type](),
			date: formatDate(prep.meeting.date)
		})
	);
}

/** A name short enough for one button: the parent's own title, else child and meeting. */
export function shortTitle(prep: Preparation): string {
	return (
		prep.title.trim() ||
		m.preparation_short_title({ child: prep.child.firstName, meeting: meetingTypeShort[prep.meeting.type]() })
	);
}
