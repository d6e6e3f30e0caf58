/**
 * Words for values stored in a preparation (meeting types, errors), in the current language.
 * The maps hold message functions, so only the messages used are bundled.
 */
import type { DateError } from '$lib/model/date-parts';
import type { ReadError } from '$lib/model/file';
import type { Language } from '$lib/model/constants';
import type { MeetingType } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';

/** A message without parameters: in the current language, or in the one asked for (the PDFs use the preparation's). */
export type Localized = (inputs?: Record<string, never>, options?: { locale?: Language }) => string;

export const meetingTypeLabel: Record<MeetingType, Localized> = {
	tienminuten: m.meeting_type_tienminuten,
	start: m.meeting_type_start,
	zorg: m.meeting_type_zorg,
	opp: m.meeting_type_opp,
	mdo: m.meeting_type_mdo,
	evaluatie: m.meeting_type_evaluatie,
	overstap: m.meeting_type_overstap
};

/** Short names, for titles and file names. */
export const meetingTypeShort: Record<MeetingType, Localized> = {
	tienminuten: m.meeting_short_tienminuten,
	start: m.meeting_short_start,
	zorg: m.meeting_short_zorg,
	opp: m.meeting_short_opp,
	mdo: m.meeting_short_mdo,
	evaluatie: m.meeting_short_evaluatie,
	overstap: m.meeting_short_overstap
};

export const readErrorMessage: Record<ReadError, typeof m.import_error_empty> = {
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
