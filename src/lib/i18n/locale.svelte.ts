/**
 * The language the app speaks, as reactive state: message functions read it, so switching re-renders
 * every text at once without a reload. The choice is remembered in localStorage (no cookie, no URL).
 */
import { baseLocale, isLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { PREFIX } from '$lib/storage/keys';

const KEY = `${PREFIX}lang`;

/** The current language; read it in markup to re-render on a switch. */
let current: Locale = $state(baseLocale);
overwriteGetLocale(() => current);

export function getLanguage(): Locale {
	return current;
}

/** Picks up the remembered choice; call once in the browser. */
export function restoreLanguage(): void {
	try {
		const saved = localStorage.getItem(KEY);
		if (saved && isLocale(saved)) current = saved;
	} catch {
		// storage blocked: stay with the default language
	}
	document.documentElement.lang = current;
}

export function setLanguage(locale: Locale): void {
	current = locale;
	document.documentElement.lang = locale;
	try {
		localStorage.setItem(KEY, locale);
	} catch {
		// remembered for this visit only
	}
}
