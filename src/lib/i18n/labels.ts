/**
 * Words for values stored in a preparation (meeting types, errors), in the current language.
 * The maps hold message functions, so only the messages used are bundled.
 */
import type { DateError } from '$lib/model/date-parts';
import type { ReadError } from '$lib/model/file';
import type {
	ChildAttendance,
	Feasible,
	Language,
	LookBackDecision,
	LookBackStatus,
	Role
} from '$lib/model/constants';
import type { MeetingType } from '$lib/model/preparation';
import type { AdviceKey } from '$lib/steps/rules';
import { m } from '$lib/messages';
import { BASE_LANGUAGE } from './languages';

/** A message without parameters: in the current language, or in the one asked for (the PDFs use the preparation's). */
export type Localized = (inputs?: Record<string, never>, options?: { locale?: Language }) => string;

export const meetingTypeLabel: Record<MeetingType, Localized> = {
	tienminuten: m.meeting_type_tienminuten,
	start: m.meeting_type_start,
	zorg: m.meeting_type_zorg,
	opp: m.meeting_type_opp,
	mdo: m.meeting_type_mdo,
	evaluatie: m.meeting_type_evaluatie,
	overstap: m.meeting_type_overstap,
	unknown: m.meeting_type_unknown
};

/** What each meeting type is, in one plain line under its name. */
export const meetingTypeHint: Record<MeetingType, Localized> = {
	tienminuten: m.meeting_hint_tienminuten,
	start: m.meeting_hint_start,
	zorg: m.meeting_hint_zorg,
	opp: m.meeting_hint_opp,
	mdo: m.meeting_hint_mdo,
	evaluatie: m.meeting_hint_evaluatie,
	overstap: m.meeting_hint_overstap,
	unknown: m.meeting_hint_unknown
};

/** Short names, for titles and file names. */
export const meetingTypeShort: Record<MeetingType, Localized> = {
	tienminuten: m.meeting_short_tienminuten,
	start: m.meeting_short_start,
	zorg: m.meeting_short_zorg,
	opp: m.meeting_short_opp,
	mdo: m.meeting_short_mdo,
	evaluatie: m.meeting_short_evaluatie,
	overstap: m.meeting_short_overstap,
	unknown: m.meeting_short_unknown
};

/**
 * The meeting type as a file name can use: in the language asked for, and in Dutch after it, because a
 * file name keeps only Latin letters (file-name.ts) and a type in Arabic or Ukrainian would give none.
 */
export const meetingTypeForFile = (type: MeetingType, o?: { locale?: Language }): string[] => [
	meetingTypeShort[type]({}, o),
	meetingTypeShort[type]({}, { locale: BASE_LANGUAGE })
];

export const readErrorMessage: Record<ReadError, typeof m.import_error_empty> = {
	empty: m.import_error_empty,
	'too-large': m.import_error_too_large,
	'not-json': m.import_error_not_json,
	'not-preparation': m.import_error_not_preparation,
	'newer-version': m.import_error_newer_version,
	'too-long': m.import_error_too_long
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

/** A role as an option to choose, with its article where the language has one ("Een tolk"). */
export const roleLabel: Record<Role, Localized> = {
	teacher: m.role_teacher,
	ib: m.role_ib,
	director: m.role_director,
	mentor: m.role_mentor,
	care_coordinator: m.role_care_coordinator,
	consultant: m.role_consultant,
	youth_worker: m.role_youth_worker,
	partner: m.role_partner,
	buddy: m.role_buddy,
	expert: m.role_expert,
	interpreter: m.role_interpreter,
	other: m.role_other
};

export const childAttendsLabel: Record<ChildAttendance, Localized> = {
	whole: m.child_attends_whole,
	part: m.child_attends_part,
	paper: m.child_attends_paper,
	no: m.child_attends_no,
	unknown: m.child_attends_unknown
};

export const feasibleLabel: Record<Feasible, Localized> = {
	unknown: m.feasible_unknown,
	yes: m.feasible_yes,
	partly: m.feasible_partly,
	no: m.feasible_no
};

export const lookBackStatusLabel: Record<LookBackStatus, Localized> = {
	unknown: m.look_back_status_unknown,
	done: m.look_back_status_done,
	working: m.look_back_status_working,
	'not-working': m.look_back_status_not_working
};

export const lookBackDecisionLabel: Record<LookBackDecision, Localized> = {
	unknown: m.look_back_decision_unknown,
	keep: m.look_back_decision_keep,
	change: m.look_back_decision_change,
	stop: m.look_back_decision_stop
};

/** The fixed parts of every agenda, around the parent's own topics. */
export const agendaItemLabel: Record<'opening' | 'lookBack' | 'agreements' | 'closing', Localized> = {
	opening: m.agenda_item_opening,
	lookBack: m.agenda_item_look_back,
	agreements: m.agenda_item_agreements,
	closing: m.agenda_item_closing
};

/** Where a suggestion of the agenda page or step 9 comes from. */
export const suggestionSource: Record<'outcome' | 'hard' | 'wish' | 'lookBack' | 'firstStep', Localized> = {
	outcome: m.suggest_source_outcome,
	hard: m.suggest_source_hard,
	wish: m.suggest_source_wish,
	lookBack: m.suggest_source_look_back,
	firstStep: m.suggest_source_first_step
};

/** What to bring to each kind of meeting, most useful first. */
export const whatToBring: Record<MeetingType, readonly Localized[]> = {
	tienminuten: [m.bring_reports, m.bring_work],
	start: [m.bring_previous_school, m.bring_letters],
	zorg: [m.bring_work, m.bring_reports, m.bring_research, m.bring_letters],
	opp: [m.bring_opp, m.bring_research, m.bring_reports],
	mdo: [m.bring_research, m.bring_reports, m.bring_record, m.bring_letters],
	evaluatie: [m.bring_record, m.bring_work, m.bring_reports],
	overstap: [m.bring_advice, m.bring_reports, m.bring_research],
	unknown: [m.bring_work, m.bring_reports, m.bring_letters]
};

/** Advice for a step, by meeting type or by the people at the table. */
export const adviceText: Record<AdviceKey, Localized> = {
	tienminuten: m.advice_tienminuten,
	start: m.advice_start,
	zorg: m.advice_zorg,
	opp_read: m.advice_opp_read,
	opp_yearly: m.advice_opp_yearly,
	mdo: m.advice_mdo,
	evaluatie: m.advice_evaluatie,
	overstap: m.advice_overstap,
	outnumbered: m.advice_outnumbered
};
