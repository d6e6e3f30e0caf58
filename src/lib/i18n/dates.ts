/** Dates as people read them, in the app's languages, with date-fns and its locales. */
import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import type { Language } from './languages';
import { datesOf } from './words';

/** "3 december 2026"; with `weekday`, "donderdag 3 december 2026". Returns the input when it is no date. */
export function formatDate(iso: string, language: Language, weekday = false): string {
	const date = parseISO(iso);
	if (!isValid(date)) return iso;
	return format(date, weekday ? 'EEEE d MMMM yyyy' : 'd MMMM yyyy', { locale: datesOf(language) ?? nl });
}
