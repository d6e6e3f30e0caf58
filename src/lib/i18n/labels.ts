/**
 * Words for values stored in a preparation (meeting types, errors), in the current language.
 * The maps hold message functions, so only the messages used are bundled.
 */
import type { DateError } from '$lib/model/date-parts';
import type { ReadError } from '$lib/model/file';
import type { ChildAttendance, Language, Role } from '$lib/model/constants';
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

/** A person's role inside a sentence or list on paper ("ikzelf · een tolk"), lower case where the language allows. */
export const roleInText: Record<Role, Localized> = {
	teacher: m.person_teacher,
	ib: m.person_ib,
	director: m.person_director,
	mentor: m.person_mentor,
	care_coordinator: m.person_care_coordinator,
	consultant: m.person_consultant,
	youth_worker: m.person_youth_worker,
	partner: m.person_partner,
	buddy: m.person_buddy,
	expert: m.person_expert,
	interpreter: m.person_interpreter,
	other: m.person_other
};

/** Whether the child comes, as a sentence with the child's name: documents never guess a pronoun. */
export const childAttendsSentence: Record<
	Exclude<ChildAttendance, 'unknown'>,
	(inputs: { child: string }, options?: { locale?: Language }) => string
> = {
	whole: m.pdf_child_whole,
	part: m.pdf_child_part,
	paper: m.pdf_child_paper,
	no: m.pdf_child_no
};
