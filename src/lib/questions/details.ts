/**
 * The questions of the start form and the details page: the child and the meeting. The meeting's date,
 * start time and length have inputs of their own on that page; their labels and places are here too.
 */
import { meetingTypeLabel } from '$lib/i18n/labels';
import { MEETING_TYPES } from '$lib/model/constants';
import { m } from '$lib/messages';
import { choiceQuestion, dateQuestion, numberQuestion, textQuestion, timeQuestion } from './builders';

/** The name the parent gives a preparation in the saved list; on no document. */
export const preparationName = textQuestion({
	path: ['title'],
	kind: 'text',
	name: 'title',
	label: m.preparation_name_label,
	paper: []
});

export const childName = textQuestion({
	path: ['child', 'firstName'],
	kind: 'text',
	name: 'child-name',
	label: m.start_child_name_label,
	hint: m.start_child_name_hint,
	paper: ['agenda', 'own', 'sheet']
});

export const childAge = textQuestion({
	path: ['child', 'ageOrGroup'],
	kind: 'text',
	name: 'child-age',
	label: m.details_child_age_label,
	hint: m.details_child_age_hint,
	// In the meeting's details line, which the agenda and the parent's own page share.
	paper: ['agenda', 'own']
});

export const childSchool = textQuestion({
	path: ['child', 'school'],
	kind: 'text',
	name: 'child-school',
	label: m.details_child_school_label,
	paper: ['agenda', 'own']
});

export const meetingType = choiceQuestion({
	path: ['meeting', 'type'],
	name: 'meeting-type',
	label: m.start_meeting_type_label,
	options: MEETING_TYPES.map((value) => ({ value, label: meetingTypeLabel[value] })),
	paper: ['agenda', 'own', 'sheet']
});

export const meetingDate = dateQuestion({
	path: ['meeting', 'date'],
	name: 'meeting-date',
	label: m.start_meeting_date_label,
	paper: ['agenda', 'own', 'sheet']
});

export const meetingTime = timeQuestion({
	path: ['meeting', 'startTime'],
	name: 'meeting-time',
	label: m.details_time_label,
	// In the meeting's details line, which the agenda and the parent's own page share.
	paper: ['agenda', 'own']
});

export const meetingDuration = numberQuestion({
	path: ['meeting', 'durationMinutes'],
	name: 'meeting-duration',
	label: m.details_duration_label,
	hint: m.details_duration_hint,
	paper: ['agenda', 'own']
});

export const meetingPlace = textQuestion({
	path: ['meeting', 'place'],
	kind: 'text',
	name: 'meeting-place',
	label: m.details_place_label,
	paper: ['agenda', 'own', 'sheet']
});

export const meetingNote = textQuestion({
	path: ['meeting', 'note'],
	name: 'meeting-note',
	label: m.details_note_label,
	paper: ['own']
});

/** What the details page asks beyond the name and the date, in its order. */
export const DETAILS_QUESTIONS = [
	childAge,
	childSchool,
	meetingTime,
	meetingDuration,
	meetingPlace,
	meetingNote
] as const;

/** Every answer about the child and the meeting, as check-your-answers lists them. */
export const ABOUT_MEETING = [
	childName,
	childAge,
	childSchool,
	meetingDate,
	meetingTime,
	meetingDuration,
	meetingPlace,
	meetingNote
] as const;

/** The questions every document names in its title and first line, not again in its body. */
export const IN_TITLE: readonly unknown[] = [childName, meetingType, meetingDate];
