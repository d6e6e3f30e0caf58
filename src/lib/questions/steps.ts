/**
 * The questions of the ten steps, in the app's order, each with the documents it is printed on: the
 * agenda is for the table and the school; the parent's own page ("Voor mezelf") is their private crib sheet.
 */
import { childAttendsLabel, feasibleLabel, roleLabel } from '$lib/i18n/labels';
import { FEASIBLE, PARENT_ROLES, SCHOOL_ROLES, type Role } from '$lib/model/constants';
import type { Attendee, Answers } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { proposedAgreements } from './agreements';
import { meetingType } from './details';
import { choiceQuestion, dateQuestion, linesQuestion, recordsQuestion, textQuestion } from './builders';
import type { StepKey } from '$lib/steps/steps';

const answer = (group: keyof Answers, key: string) => ['answers', group, key];

function people(side: Attendee['side'], roles: readonly Role[]) {
	const school = side === 'school';
	return recordsQuestion<Attendee>({
		path: ['answers', 'people', 'attendees'],
		name: `people-${side}`,
		label: school ? m.field_people_school_label : m.field_people_mine_label,
		hint: school ? m.field_people_school_hint : m.field_people_mine_hint,
		addLabel: school ? m.field_people_school_add : m.field_people_mine_add,
		removeLabel: m.field_people_remove,
		itemLabel: (n) => m.field_people_item({ n }),
		only: { side },
		start: () => ({ role: roles[0] }),
		fields: [
			{
				kind: 'choice',
				name: 'role',
				label: m.field_people_role_label,
				options: roles.map((value) => ({ value, label: roleLabel[value] }))
			},
			{ kind: 'text', name: 'name', label: m.field_people_name_label, hint: m.field_people_name_hint },
			{ kind: 'text', name: 'roleText', label: m.field_people_role_text_label }
		],
		paper: ['agenda']
	});
}

export const schoolPeople = people('school', SCHOOL_ROLES);
export const myPeople = people('parent', PARENT_ROLES);
export const childAttends = choiceQuestion({
	path: answer('people', 'childAttends'),
	name: 'people-child',
	label: m.field_people_child_label,
	options: (['whole', 'part', 'paper', 'no', 'unknown'] as const).map((value) => ({
		value,
		label: childAttendsLabel[value]
	})),
	paper: ['agenda']
});
/** What the parent appreciates in the school: the sentence to open with, first on the parent's own page. */
export const appreciate = textQuestion({
	path: answer('goesWell', 'appreciate'),
	label: m.field_appreciate_label,
	hint: m.field_appreciate_hint,
	paper: ['own']
});
export const proposedEvaluationDate = dateQuestion({
	path: answer('evaluation', 'proposedDate'),
	name: 'evaluation-date',
	label: m.field_evaluation_date_label,
	hint: m.field_evaluation_date_hint,
	paper: ['agenda', 'sheet']
});
export const whoWritesRecord = textQuestion({
	path: answer('evaluation', 'whoWritesRecord'),
	label: m.field_record_label,
	hint: m.field_record_hint,
	example: m.field_record_example,
	paper: ['agenda', 'sheet']
});

/** How the parent keeps calm: on the parent's own page, beside the reminders that help. */
export const keepCalm = textQuestion({
	path: answer('evaluation', 'keepCalm'),
	label: m.field_calm_label,
	hint: m.field_calm_hint,
	example: m.field_calm_example,
	paper: ['own']
});

const feasibleOptions = FEASIBLE.map((value) => ({ value, label: feasibleLabel[value] }));

export const STEP_QUESTIONS = {
	purpose: [
		meetingType,
		textQuestion({
			path: answer('purpose', 'why'),
			label: m.field_purpose_why_label,
			hint: m.field_purpose_why_hint,
			example: m.field_purpose_why_example,
			paper: ['agenda']
		}),
		linesQuestion({
			path: answer('purpose', 'outcomes'),
			name: 'purpose-outcomes',
			label: m.field_purpose_outcomes_label,
			hint: m.field_purpose_outcomes_hint,
			example: m.field_purpose_outcomes_example,
			addLabel: m.field_purpose_outcomes_add,
			itemLabel: (n) => m.field_purpose_outcomes_item({ n }),
			paper: ['agenda']
		})
	],
	people: [schoolPeople, myPeople, childAttends],
	goesWell: [
		linesQuestion({
			path: answer('goesWell', 'strengths'),
			name: 'goes-well-strengths',
			label: m.field_strengths_label,
			hint: m.field_strengths_hint,
			example: m.field_strengths_example,
			addLabel: m.field_strengths_add,
			itemLabel: (n) => m.field_strengths_item({ n }),
			paper: ['own']
		}),
		textQuestion({
			path: answer('goesWell', 'atHome'),
			label: m.field_goes_well_home_label,
			example: m.field_goes_well_home_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('goesWell', 'atSchool'),
			label: m.field_goes_well_school_label,
			example: m.field_goes_well_school_example,
			paper: ['own']
		}),
		appreciate
	],
	picture: [
		textQuestion({
			path: answer('picture', 'hard'),
			label: m.field_picture_hard_label,
			example: m.field_picture_hard_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('picture', 'examples'),
			label: m.field_picture_examples_label,
			hint: m.field_picture_examples_hint,
			example: m.field_picture_examples_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('picture', 'needsToLearn'),
			label: m.field_picture_learn_label,
			example: m.field_picture_learn_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('picture', 'needsToFeelWell'),
			label: m.field_picture_feel_label,
			example: m.field_picture_feel_example,
			paper: ['own']
		})
	],
	homeSchool: [
		textQuestion({
			path: answer('homeSchool', 'seeAtHome'),
			label: m.field_home_see_label,
			example: m.field_home_see_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('homeSchool', 'worksAtHome'),
			label: m.field_home_works_label,
			example: m.field_home_works_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('homeSchool', 'wantToKnow'),
			label: m.field_home_know_label,
			example: m.field_home_know_example,
			paper: ['own']
		})
	],
	childVoice: [
		textQuestion({
			path: answer('childVoice', 'goesWell'),
			label: m.field_child_goes_well_label,
			paper: ['agenda']
		}),
		textQuestion({ path: answer('childVoice', 'hard'), label: m.field_child_hard_label, paper: ['agenda'] }),
		textQuestion({
			path: answer('childVoice', 'helps'),
			label: m.field_child_helps_label,
			paper: ['agenda']
		}),
		textQuestion({ path: answer('childVoice', 'wish'), label: m.field_child_wish_label, paper: ['agenda'] })
	],
	expectations: [
		textQuestion({
			path: answer('expectations', 'ofSchool'),
			label: m.field_expect_school_label,
			example: m.field_expect_school_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('expectations', 'ofUs'),
			label: m.field_expect_us_label,
			example: m.field_expect_us_example,
			paper: ['own']
		}),
		textQuestion({
			path: answer('expectations', 'mayDiffer'),
			label: m.field_expect_differ_label,
			hint: m.field_expect_differ_hint,
			paper: ['own']
		})
	],
	feasibility: [
		recordsQuestion<Answers['feasibility']['items'][number]>({
			path: ['answers', 'feasibility', 'items'],
			name: 'wishes',
			label: m.field_feasibility_label,
			hint: m.field_feasibility_hint,
			addLabel: m.field_feasibility_add,
			removeLabel: m.field_feasibility_remove,
			itemLabel: (n) => m.field_feasibility_item({ n }),
			labelled: true,
			fields: [
				{ kind: 'textarea', name: 'wish', label: m.field_wish_label },
				{ kind: 'choice', name: 'inClass', label: m.field_wish_in_class, options: feasibleOptions },
				{ kind: 'choice', name: 'inFamily', label: m.field_wish_in_family, options: feasibleOptions },
				{ kind: 'textarea', name: 'teacherNeeds', label: m.field_wish_teacher_needs },
				{ kind: 'textarea', name: 'weNeed', label: m.field_wish_we_need },
				{
					kind: 'textarea',
					name: 'firstStep',
					label: m.field_wish_first_step,
					hint: m.field_wish_first_step_hint
				}
			],
			paper: ['own']
		})
	],
	agreements: [proposedAgreements],
	evaluation: [
		proposedEvaluationDate,
		whoWritesRecord,
		textQuestion({
			path: answer('evaluation', 'ifNotKept'),
			label: m.field_not_kept_label,
			example: m.field_not_kept_example,
			paper: ['own']
		}),
		keepCalm
	]
} as const satisfies Record<StepKey, readonly unknown[]>;
