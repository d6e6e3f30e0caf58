/**
 * Dates typed as three boxes (day, month, year), the pattern GOV.UK and NL Design System advise because
 * it is easy on a phone. Turns the boxes into an ISO date or into a precise reason why not.
 */
import { z } from 'zod';

export interface DateParts {
	day: string;
	month: string;
	year: string;
}

export type DateError =
	'missing' | 'missing-day' | 'missing-month' | 'missing-year' | 'year-digits' | 'not-real';
export type DateResult = { ok: true; iso: string } | { ok: false; error: DateError };

const isoDate = z.iso.date();

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
	const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isoDate.safeParse(iso).success ? { ok: true, iso } : { ok: false, error: 'not-real' };
}

export function isoToParts(iso: string): DateParts {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return { day: '', month: '', year: '' };
	return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}
