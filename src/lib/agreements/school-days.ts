/**
 * Calendar rules for agreements: school days (not a weekend, not a holiday the parent marked) and the
 * proposed evaluation date. Dates are calendar dates (yyyy-mm-dd), so time zones and summer time play no part.
 */
import { addDays, addWeeks, format, isValid, isWeekend, parseISO } from 'date-fns';
import type { Agreement, Holiday } from '$lib/model/preparation';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** Weeks after the meeting that an evaluation is usually planned. */
export const EVALUATION_WEEKS = 6;

export function inHoliday(date: string, holidays: readonly Holiday[]): Holiday | undefined {
	return holidays.find((h) => h.from <= date && date <= h.to);
}

export function isSchoolDay(date: string, holidays: readonly Holiday[]): boolean {
	return !isWeekend(parseISO(date)) && !inHoliday(date, holidays);
}

/** The date itself when it is a school day, else the first school day after it. */
export function nextSchoolDay(date: string, holidays: readonly Holiday[]): string {
	let day = parseISO(date);
	for (let i = 0; i < 400 && !isSchoolDay(iso(day), holidays); i++) day = addDays(day, 1);
	return iso(day);
}

/**
 * Six weeks after the meeting, or a week after the last deadline when that is later, on a school day:
 * time enough to see whether the agreements work.
 */
export function proposeEvaluationDate(
	meetingDate: string,
	agreements: readonly Pick<Agreement, 'byWhen'>[],
	holidays: readonly Holiday[]
): string {
	const meeting = parseISO(meetingDate);
	if (!isValid(meeting)) return '';
	let date = addWeeks(meeting, EVALUATION_WEEKS);
	for (const a of agreements) {
		const deadline = parseISO(a.byWhen);
		if (isValid(deadline) && addWeeks(deadline, 1) > date) date = addWeeks(deadline, 1);
	}
	return nextSchoolDay(iso(date), holidays);
}
