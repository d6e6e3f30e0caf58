/**
 * The ten attention points of HGW for parents, in order: each step's title, why it matters, and its
 * questions (from the question registry). Pages, statuses and check-your-answers derive from this list.
 */
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import type { Field, Text } from '$lib/questions/question';
import { STEP_QUESTIONS } from '$lib/questions/steps';

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

const META: Record<StepKey, Pick<Step, 'title' | 'intro' | 'done'>> = {
	purpose: { title: m.step_purpose_title, intro: m.step_purpose_intro },
	people: {
		title: m.step_people_title,
		intro: m.step_people_intro,
		done: (p) =>
			p.answers.people.attendees.some((a) => a.side === 'school') &&
			p.answers.people.childAttends !== 'unknown'
	},
	goesWell: { title: m.step_goes_well_title, intro: m.step_goes_well_intro },
	picture: { title: m.step_picture_title, intro: m.step_picture_intro },
	homeSchool: { title: m.step_home_school_title, intro: m.step_home_school_intro },
	childVoice: { title: m.step_child_voice_title, intro: m.step_child_voice_intro },
	expectations: { title: m.step_expectations_title, intro: m.step_expectations_intro },
	feasibility: {
		title: m.step_feasibility_title,
		intro: m.step_feasibility_intro,
		done: (p) => p.answers.feasibility.items.some((i) => i.wish.trim() && i.firstStep.trim())
	},
	agreements: {
		title: m.step_agreements_title,
		intro: m.step_agreements_intro,
		done: (p) => p.answers.agreements.proposed.some((a) => a.what.trim() && a.who.trim() && a.byWhen)
	},
	evaluation: { title: m.step_evaluation_title, intro: m.step_evaluation_intro }
};

export const STEPS: readonly Step[] = STEP_KEYS.map((key, i) => ({
	key,
	number: i + 1,
	...META[key],
	fields: STEP_QUESTIONS[key]
}));

export function stepByNumber(n: number): Step | undefined {
	return STEPS[n - 1];
}
