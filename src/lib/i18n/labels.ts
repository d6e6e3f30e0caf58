/**
 * Words for values stored in a preparation (meeting types, errors) and for dates, in the current language.
 * The maps hold message functions, so only the messages used are bundled.
 */
import type { DateError } from '$lib/model/date-parts';
import type { ReadError } from '$lib/model/file';
import type { MeetingType, Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';

export const meetingTypeLabel: Record<MeetingType, () => string> = {
	tienminuten: m.meeting_type_tienminuten,
	start: m.meeting_type_start,
	zorg: m.meeting_type_zorg,
	opp: m.meeting_type_opp,
	mdo: m.meeting_type_mdo,
	evaluatie: m.meeting_type_evaluatie,
	overstap: m.meeting_type_overstap
};

/** Short names, for titles and file names. */
export const meetingTypeShort: Record<MeetingType, () => string> = {
	tienminuten: m.meeting_short_tienminuten,
	start: m.meeting_short_start,
	zorg: m.meeting_short_zorg,
	opp: m.meeting_short_opp,
	mdo: m.meeting_short_mdo,
	evaluatie: m.meeting_short_evaluatie,
	overstap: m.meeting_short_overstap
};

export const readErrorMessage: Record<ReadError, () => string> = {
	empty: m.import_error_empty,
	'too-large': m.import_error_too_large,
	'not-json': m.import_error_not_json,
	'not-preparation': m.import_error_not_preparation,
	'newer-version': m.import_error_newer_version
};

export const dateErrorMessage: Record<DateError, () => string> = {
	missing: m.date_error_missing,
	'missing-day': m.date_error_missing_day,
	'missing-month': m.date_error_missing_month,
	'missing-year': m.date_error_missing_year,
	'year-digits': m.date_error_year_digits,
	'not-real': m.date_error_not_real
};

/** Intl locales for our languages: English in British day-month order, as in the rest of Europe. */
const DATE_LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

/** "3 december 2026" / "3 December 2026". */
export function formatDate(iso: string): string {
	const [y, mo, d] = iso.split('-').map(Number);
	if (!y || !mo || !d) return iso;
	return new Intl.DateTimeFormat(DATE_LOCALE[getLocale()], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, mo - 1, d)));
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
