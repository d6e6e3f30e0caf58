/**
 * The ten attention points of HGW for parents (domain.md), in order, as data: each step's title, why it
 * matters, and its questions. Pages, statuses and check-your-answers are all derived from this list.
 */
import { meetingTypeLabel } from '$lib/i18n/labels';
import { AGREEMENT_QUESTIONS, emptyAgreement, missingHint } from '$lib/agreements/fields';
import { newId } from '$lib/model/create';
import { FEASIBLE, MEETING_TYPES, PARENT_ROLES, SCHOOL_ROLES, type MeetingType } from '$lib/model/constants';
import type { Agreement, Attendee, Answers, Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import {
	recordQuestion,
	type ChoiceField,
	type Field,
	type LinesField,
	type RecordsField,
	type Text,
	type TextField
} from './fields';

export const STEP_KEYS = [
	'purpose',
	'people',
	'goesWell',
	'picture',
	'homeSchool',
	'childVoice',
	'expectations',
	'feasibility',
	'agreements',
	'evaluation'
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export interface Step {
	key: StepKey;
	/** 1 to 10, as in "Stap 3 van 10" and in the address. */
	number: number;
	title: Text;
	/** Two or three short sentences on why this point matters. */
	intro: Text;
	fields: readonly Field[];
	/** When the step counts as done; by default, when every question has an answer. */
	done?: (p: Preparation) => boolean;
}

type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** A free-text answer stored in `answers[group][key]`. */
function answer<G extends keyof Answers>(
	group: G,
	key: TextKeys<Answers[G]> & string,
	kind: 'text' | 'textarea',
	label: Text,
	hint?: Text,
	example?: Text
): TextField {
	return {
		kind,
		name: `${group}-${key}`,
		label,
		hint,
		example,
		get: (p) => p.answers[group][key] as string,
		set: (p, value) => {
			(p.answers[group] as Record<string, unknown>)[key] = value;
		}
	};
}

function lines(
	name: string,
	get: (p: Preparation) => { id: string; text: string }[],
	max: number,
	label: Text,
	addLabel: Text,
	itemLabel: (n: number) => string,
	hint?: Text,
	example?: Text
): LinesField {
	return { kind: 'lines', name, get, max, label, addLabel, itemLabel, hint, example };
}

const feasibleOptions = FEASIBLE.map((value) => ({
	value,
	label: { unknown: m.feasible_unknown, yes: m.feasible_yes, partly: m.feasible_partly, no: m.feasible_no }[
		value
	]
}));

export const roleLabel: Record<Attendee['role'], Text> = {
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

function people(side: Attendee['side']): RecordsField<Attendee> {
	const roles = side === 'school' ? SCHOOL_ROLES : PARENT_ROLES;
	return {
		kind: 'records',
		name: `people-${side}`,
		label: side === 'school' ? m.field_people_school_label : m.field_people_mine_label,
		hint: side === 'school' ? m.field_people_school_hint : m.field_people_mine_hint,
		max: 20,
		addLabel: side === 'school' ? m.field_people_school_add : m.field_people_mine_add,
		removeLabel: m.field_people_remove,
		itemLabel: (n) => m.field_people_item({ n }),
		list: (p) => p.answers.people.attendees.filter((a) => a.side === side),
		add: (p) =>
			p.answers.people.attendees.push({ id: newId(), name: '', role: roles[0], roleText: '', side }),
		remove: (p, id) => {
			p.answers.people.attendees = p.answers.people.attendees.filter((a) => a.id !== id);
		},
		fields: [
			{
				kind: 'choice',
				name: 'role',
				label: m.field_people_role_label,
				options: roles.map((value) => ({ value, label: roleLabel[value] })),
				get: (a) => a.role,
				set: (a, v) => (a.role = v as Attendee['role'])
			},
			recordQuestion('text', 'name', m.field_people_name_label, m.field_people_name_hint),
			recordQuestion('text', 'roleText', m.field_people_role_text_label)
		]
	};
}

const meetingType: ChoiceField = {
	kind: 'choice',
	name: 'meeting-type',
	label: m.start_meeting_type_label,
	options: MEETING_TYPES.map((value) => ({ value, label: meetingTypeLabel[value] })),
	get: (p) => p.meeting.type,
	set: (p, v) => (p.meeting.type = v as MeetingType)
};

const proposedAgreements: RecordsField<Agreement> = {
	kind: 'records',
	name: 'agreements',
	label: m.field_agreements_label,
	hint: m.field_agreements_hint,
	example: m.field_agreements_example,
	max: 12,
	addLabel: m.field_agreements_add,
	removeLabel: m.field_agreements_remove,
	itemLabel: (n) => m.field_agreements_item({ n }),
	recordHint: missingHint,
	list: (p) => p.answers.agreements.proposed,
	add: (p) => p.answers.agreements.proposed.push(emptyAgreement()),
	remove: (p, id) => {
		p.answers.agreements.proposed = p.answers.agreements.proposed.filter((a) => a.id !== id);
	},
	fields: AGREEMENT_QUESTIONS
};

type FeasibilityItem = Answers['feasibility']['items'][number];
const feasibilityItems: RecordsField<FeasibilityItem> = {
	kind: 'records',
	name: 'wishes',
	label: m.field_feasibility_label,
	hint: m.field_feasibility_hint,
	max: 10,
	addLabel: m.field_feasibility_add,
	removeLabel: m.field_feasibility_remove,
	itemLabel: (n) => m.field_feasibility_item({ n }),
	list: (p) => p.answers.feasibility.items,
	add: (p) =>
		p.answers.feasibility.items.push({
			id: newId(),
			wish: '',
			inClass: 'unknown',
			inFamily: 'unknown',
			teacherNeeds: '',
			weNeed: '',
			firstStep: ''
		}),
	remove: (p, id) => {
		p.answers.feasibility.items = p.answers.feasibility.items.filter((i) => i.id !== id);
	},
	fields: [
		recordQuestion('textarea', 'wish', m.field_wish_label),
		{
			kind: 'choice',
			name: 'inClass',
			label: m.field_wish_in_class,
			options: feasibleOptions,
			get: (i) => i.inClass,
			set: (i, v) => (i.inClass = v as FeasibilityItem['inClass'])
		},
		{
			kind: 'choice',
			name: 'inFamily',
			label: m.field_wish_in_family,
			options: feasibleOptions,
			get: (i) => i.inFamily,
			set: (i, v) => (i.inFamily = v as FeasibilityItem['inFamily'])
		},
		recordQuestion('textarea', 'teacherNeeds', m.field_wish_teacher_needs),
		recordQuestion('textarea', 'weNeed', m.field_wish_we_need),
		recordQuestion('textarea', 'firstStep', m.field_wish_first_step, m.field_wish_first_step_hint)
	]
};

export const STEPS: readonly Step[] = [
	{
		key: 'purpose',
		number: 1,
		title: m.step_purpose_title,
		intro: m.step_purpose_intro,
		fields: [
			meetingType,
			answer(
				'purpose',
				'why',
				'textarea',
				m.field_purpose_why_label,
				m.field_purpose_why_hint,
				m.field_purpose_why_example
			),
			lines(
				'purpose-outcomes',
				(p) => p.answers.purpose.outcomes,
				3,
				m.field_purpose_outcomes_label,
				m.field_purpose_outcomes_add,
				(n) => m.field_purpose_outcomes_item({ n }),
				m.field_purpose_outcomes_hint,
				m.field_purpose_outcomes_example
			)
		]
	},
	{
		key: 'people',
		number: 2,
		title: m.step_people_title,
		intro: m.step_people_intro,
		fields: [
			people('school'),
			people('parent'),
			{
				kind: 'choice',
				name: 'people-child',
				label: m.field_people_child_label,
				options: (['whole', 'part', 'paper', 'no', 'unknown'] as const).map((value) => ({
					value,
					label: {
						whole: m.child_attends_whole,
						part: m.child_attends_part,
						paper: m.child_attends_paper,
						no: m.child_attends_no,
						unknown: m.child_attends_unknown
					}[value]
				})),
				get: (p) => p.answers.people.childAttends,
				set: (p, v) => (p.answers.people.childAttends = v as Answers['people']['childAttends'])
			}
		],
		done: (p) =>
			p.answers.people.attendees.some((a) => a.side === 'school') &&
			p.answers.people.childAttends !== 'unknown'
	},
	{
		key: 'goesWell',
		number: 3,
		title: m.step_goes_well_title,
		intro: m.step_goes_well_intro,
		fields: [
			lines(
				'goes-well-strengths',
				(p) => p.answers.goesWell.strengths,
				10,
				m.field_strengths_label,
				m.field_strengths_add,
				(n) => m.field_strengths_item({ n }),
				m.field_strengths_hint,
				m.field_strengths_example
			),
			answer(
				'goesWell',
				'atHome',
				'textarea',
				m.field_goes_well_home_label,
				undefined,
				m.field_goes_well_home_example
			),
			answer(
				'goesWell',
				'atSchool',
				'textarea',
				m.field_goes_well_school_label,
				undefined,
				m.field_goes_well_school_example
			),
			answer('goesWell', 'appreciate', 'textarea', m.field_appreciate_label, m.field_appreciate_hint)
		]
	},
	{
		key: 'picture',
		number: 4,
		title: m.step_picture_title,
		intro: m.step_picture_intro,
		fields: [
			answer(
				'picture',
				'hard',
				'textarea',
				m.field_picture_hard_label,
				undefined,
				m.field_picture_hard_example
			),
			answer(
				'picture',
				'examples',
				'textarea',
				m.field_picture_examples_label,
				m.field_picture_examples_hint,
				m.field_picture_examples_example
			),
			answer(
				'picture',
				'needsToLearn',
				'textarea',
				m.field_picture_learn_label,
				undefined,
				m.field_picture_learn_example
			),
			answer(
				'picture',
				'needsToFeelWell',
				'textarea',
				m.field_picture_feel_label,
				undefined,
				m.field_picture_feel_example
			)
		]
	},
	{
		key: 'homeSchool',
		number: 5,
		title: m.step_home_school_title,
		intro: m.step_home_school_intro,
		fields: [
			answer(
				'homeSchool',
				'seeAtHome',
				'textarea',
				m.field_home_see_label,
				undefined,
				m.field_home_see_example
			),
			answer(
				'homeSchool',
				'worksAtHome',
				'textarea',
				m.field_home_works_label,
				undefined,
				m.field_home_works_example
			),
			answer(
				'homeSchool',
				'wantToKnow',
				'textarea',
				m.field_home_know_label,
				undefined,
				m.field_home_know_example
			)
		]
	},
	{
		key: 'childVoice',
		number: 6,
		title: m.step_child_voice_title,
		intro: m.step_child_voice_intro,
		fields: [
			answer('childVoice', 'goesWell', 'textarea', m.field_child_goes_well_label),
			answer('childVoice', 'hard', 'textarea', m.field_child_hard_label),
			answer('childVoice', 'helps', 'textarea', m.field_child_helps_label),
			answer('childVoice', 'wish', 'textarea', m.field_child_wish_label)
		]
	},
	{
		key: 'expectations',
		number: 7,
		title: m.step_expectations_title,
		intro: m.step_expectations_intro,
		fields: [
			answer(
				'expectations',
				'ofSchool',
				'textarea',
				m.field_expect_school_label,
				undefined,
				m.field_expect_school_example
			),
			answer(
				'expectations',
				'ofUs',
				'textarea',
				m.field_expect_us_label,
				undefined,
				m.field_expect_us_example
			),
			answer('expectations', 'mayDiffer', 'textarea', m.field_expect_differ_label, m.field_expect_differ_hint)
		]
	},
	{
		key: 'feasibility',
		number: 8,
		title: m.step_feasibility_title,
		intro: m.step_feasibility_intro,
		fields: [feasibilityItems],
		done: (p) => p.answers.feasibility.items.some((i) => i.wish.trim() && i.firstStep.trim())
	},
	{
		key: 'agreements',
		number: 9,
		title: m.step_agreements_title,
		intro: m.step_agreements_intro,
		fields: [proposedAgreements],
		done: (p) => p.answers.agreements.proposed.some((a) => a.what.trim() && a.who.trim() && a.byWhen)
	},
	{
		key: 'evaluation',
		number: 10,
		title: m.step_evaluation_title,
		intro: m.step_evaluation_intro,
		fields: [
			{
				kind: 'date',
				name: 'evaluation-date',
				label: m.field_evaluation_date_label,
				hint: m.field_evaluation_date_hint,
				get: (p) => p.answers.evaluation.proposedDate,
				set: (p, v) => (p.answers.evaluation.proposedDate = v)
			},
			answer(
				'evaluation',
				'whoWritesRecord',
				'textarea',
				m.field_record_label,
				m.field_record_hint,
				m.field_record_example
			),
			answer(
				'evaluation',
				'ifNotKept',
				'textarea',
				m.field_not_kept_label,
				undefined,
				m.field_not_kept_example
			),
			answer(
				'evaluation',
				'keepCalm',
				'textarea',
				m.field_calm_label,
				m.field_calm_hint,
				m.field_calm_example
			)
		]
	}
];

/** The parent's questions for the meeting, asked on the agenda page. */
export const questionsField: LinesField = lines(
	'questions',
	(p) => p.questions,
	20,
	m.field_questions_label,
	m.field_questions_add,
	(n) => m.field_questions_item({ n }),
	m.field_questions_hint,
	m.field_questions_example
);

export function stepByNumber(n: number): Step | undefined {
	return STEPS[n - 1];
}
