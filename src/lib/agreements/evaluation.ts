/**
 * The evaluation meeting, read from one place by the agreement sheet, the recap and the calendar file:
 * what was settled at the meeting when a date was set there, otherwise the parent's own proposal of step 10,
 * marked as a proposal. And the date "Na het gesprek" suggests: the parent's own proposal when it can be
 * kept, otherwise another date with the reason why.
 */
import { addDays, format, isValid, parseISO } from 'date-fns';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { inHoliday, isSchoolDay, nextSchoolDay, proposeEvaluationDate } from './school-days';

export interface Evaluation {
	/** yyyy-mm-dd, or '' when no date was agreed or proposed. */
	date: string;
	/** True when the date was set at the meeting; false when it is the parent's own proposal. */
	agreed: boolean;
	/** hh:mm, or ''. */
	time: string;
	/** Who sends the invitation, or ''. */
	whoInvites: string;
}

export function evaluationOf(p: Preparation): Evaluation {
	const agreed = p.after.evaluationDate !== '';
	return {
		date: agreed ? p.after.evaluationDate : p.answers.evaluation.proposedDate,
		agreed,
		// A time set at the meeting belongs to the date set there, never to the parent's own proposal.
		time: agreed ? p.after.evaluationTime : '',
		whoInvites: p.after.whoInvites.trim()
	};
}

/** Why "Na het gesprek" suggests the date it does. */
export type SuggestionReason =
	| { code: 'own' }
	| { code: 'six-weeks' }
	| { code: 'after-deadline' }
	| { code: 'own-weekend'; own: string }
	| { code: 'own-holiday'; own: string; holiday: string }
	| { code: 'own-too-early'; own: string }
	| { code: 'own-before-deadline'; own: string };

export interface Suggestion {
	date: string;
	reason: SuggestionReason;
}

const valid = (date: string) => date !== '' && isValid(parseISO(date));

/** Every date from `from` up to, not including, `to`. */
function daysBetween(from: string, to: string): string[] {
	const days: string[] = [];
	for (let day = parseISO(from); format(day, 'yyyy-MM-dd') < to; day = addDays(day, 1))
		days.push(format(day, 'yyyy-MM-dd'));
	return days;
}

/**
 * The parent's own proposed date when it is a school day after the meeting and after every deadline;
 * the next school day when it falls in a weekend or holiday; otherwise the usual rule (six weeks after the
 * meeting, or a week after the last deadline). Null when the meeting date itself is unusable.
 */
export function suggestEvaluation(p: Preparation): Suggestion | null {
	const { schoolHolidays: holidays, agreementsMade: agreements } = p;
	const rule = proposeEvaluationDate(p.meeting.date, agreements, holidays);
	if (!rule) return null;
	const byRule: Suggestion = {
		date: rule,
		reason: {
			code: rule === proposeEvaluationDate(p.meeting.date, [], holidays) ? 'six-weeks' : 'after-deadline'
		}
	};
	const own = p.answers.evaluation.proposedDate;
	if (!valid(own)) return byRule;
	if (own <= p.meeting.date) return { ...byRule, reason: { code: 'own-too-early', own } };
	const lastDeadline = agreements
		.map((a) => a.byWhen)
		.filter(valid)
		.sort()
		.at(-1);
	if (lastDeadline && own <= lastDeadline) return { ...byRule, reason: { code: 'own-before-deadline', own } };
	if (isSchoolDay(own, holidays)) return { date: own, reason: { code: 'own' } };
	const date = nextSchoolDay(own, holidays);
	// A weekend just before a holiday moves past the holiday too: then the holiday is the reason.
	const holiday = daysBetween(own, date)
		.map((day) => inHoliday(day, holidays))
		.find(Boolean);
	return {
		date,
		reason: holiday
			? { code: 'own-holiday', own, holiday: holiday.name.trim() }
			: { code: 'own-weekend', own }
	};
}

/** The suggestion as the one or two sentences "Na het gesprek" shows, in the app's language. */
export function suggestionText({ date, reason }: Suggestion, format: (iso: string) => string): string {
	const values = { date: format(date) };
	switch (reason.code) {
		case 'own':
			return m.after_suggest_own(values);
		case 'six-weeks':
			return m.after_suggest_six_weeks(values);
		case 'after-deadline':
			return m.after_suggest_after_deadline(values);
		case 'own-weekend':
			return m.after_suggest_own_weekend({ ...values, own: format(reason.own) });
		case 'own-holiday':
			return reason.holiday
				? m.after_suggest_own_holiday({ ...values, own: format(reason.own), holiday: reason.holiday })
				: m.after_suggest_own_school_holiday({ ...values, own: format(reason.own) });
		case 'own-too-early':
			return m.after_suggest_own_too_early({ ...values, own: format(reason.own) });
		case 'own-before-deadline':
			return m.after_suggest_own_before_deadline({ ...values, own: format(reason.own) });
	}
}
