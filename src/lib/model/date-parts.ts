/**
 * Dates typed as three boxes (day, month, year), the pattern GOV.UK and NL Design System advise because
 * it is easy on a phone. Turns the boxes into an ISO date or into a precise reason why not.
 */
export interface DateParts {
	day: string;
	month: string;
	year: string;
}

export type DateError =
	'missing' | 'missing-day' | 'missing-month' | 'missing-year' | 'year-digits' | 'not-real';
export type DateResult = { ok: true; iso: string } | { ok: false; error: DateError };

/** Empty boxes give `{ ok: true, iso: '' }`; the caller decides whether the date is required. */
export function partsToIso(parts: DateParts): DateResult {
	const day = parts.day.trim();
	const month = parts.month.trim();
	const year = parts.year.trim();
	if (!day && !month && !year) return { ok: true, iso: '' };
	if (!day) return { ok: false, error: 'missing-day' };
	if (!month) return { ok: false, error: 'missing-month' };
	if (!year) return { ok: false, error: 'missing-year' };
	if (!/^\d{4}$/.test(year)) return { ok: false, error: 'year-digits' };
	if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return { ok: false, error: 'not-real' };
	if (!isRealDate(Number(year), Number(month), Number(day))) return { ok: false, error: 'not-real' };
	return { ok: true, iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** True when the calendar has this day (no 30 February). Plain Date, so the start page needs no zod. */
function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoToParts(iso: string): DateParts {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return { day: '', month: '', year: '' };
	return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}
