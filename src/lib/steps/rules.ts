/**
 * How the meeting type and the people at the table change the preparation (the domain notes in docs/, "Meeting types").
 * Pure: each rule says on which step it shows; the words are message keys resolved by the page.
 */
import type { MeetingType } from '$lib/model/constants';
import type { Preparation } from '$lib/model/preparation';
import type { StepKey } from './steps';

export type AdviceKey =
	| 'tienminuten'
	| 'start'
	| 'zorg'
	| 'opp_read'
	| 'opp_yearly'
	| 'mdo'
	| 'evaluatie'
	| 'overstap'
	| 'outnumbered';

const BY_TYPE: Readonly<Record<MeetingType, readonly { step: StepKey; advice: AdviceKey }[]>> = {
	tienminuten: [{ step: 'purpose', advice: 'tienminuten' }],
	start: [{ step: 'homeSchool', advice: 'start' }],
	zorg: [{ step: 'purpose', advice: 'zorg' }],
	opp: [
		{ step: 'purpose', advice: 'opp_read' },
		{ step: 'evaluation', advice: 'opp_yearly' }
	],
	mdo: [{ step: 'people', advice: 'mdo' }],
	evaluatie: [{ step: 'purpose', advice: 'evaluatie' }],
	overstap: [{ step: 'expectations', advice: 'overstap' }],
	unknown: []
};

/** At most this many of the parent's own topics fit the meeting; null when there is no hard limit. */
export function maxPriorities(type: MeetingType): number | null {
	return type === 'tienminuten' ? 2 : null;
}

/**
 * True when the school's people outnumber the parent's side (the parent and whoever comes along)
 * by more than two, the point at which parents in the survey say they feel vulnerable.
 */
export function isOutnumbered(p: Preparation): boolean {
	const school = p.answers.people.attendees.filter((a) => a.side === 'school').length;
	const ours = 1 + p.answers.people.attendees.filter((a) => a.side === 'parent').length;
	return school - ours > 2;
}

export function adviceFor(step: StepKey, p: Preparation): AdviceKey[] {
	const advice = BY_TYPE[p.meeting.type].filter((rule) => rule.step === step).map((rule) => rule.advice);
	if (step === 'people' && isOutnumbered(p)) advice.push('outnumbered');
	return advice;
}

/** Whether the agenda starts by looking back at earlier agreements. */
export function startsWithLookBack(p: Preparation): boolean {
	return p.meeting.type === 'evaluatie' || p.followsUp !== '';
}
