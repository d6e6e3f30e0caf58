/**
 * The languages the app speaks. Adding one: its message file in messages/ (the Dutch keys, translated) and
 * one line here. Dutch is the base: its words are part of the code; every other language's words are one
 * file that loads when a parent chooses that language (or a document is made in it).
 * Plain JavaScript, so that the build's message compiler (scripts/messages.js) reads the same list.
 */
export const LANGUAGE_LIST = /** @type {const} */ ([
	// `name`: the language in its own words, for the language menu, which must be readable before the
	// parent's words are loaded. `tag`: BCP 47, for documents and voices. `dates`: the date-fns locale
	// (node_modules/date-fns/locale/<dates>.js).
	{ code: 'nl', name: 'Nederlands', tag: 'nl-NL', dir: 'ltr', dates: 'nl' },
	{ code: 'en', name: 'English', tag: 'en-GB', dir: 'ltr', dates: 'en-GB' },
	{ code: 'tr', name: 'Türkçe', tag: 'tr-TR', dir: 'ltr', dates: 'tr' },
	{ code: 'ar', name: 'العربية', tag: 'ar', dir: 'rtl', dates: 'ar' },
	{ code: 'pl', name: 'Polski', tag: 'pl-PL', dir: 'ltr', dates: 'pl' },
	{ code: 'uk', name: 'Українська', tag: 'uk-UA', dir: 'ltr', dates: 'uk' }
]);

/** @typedef {(typeof LANGUAGE_LIST)[number]} LanguageInfo */
/** @typedef {LanguageInfo['code']} Language */

/** @type {Language} */
export const BASE_LANGUAGE = 'nl';

export const LANGUAGES = /** @type {[Language, ...Language[]]} */ (LANGUAGE_LIST.map((l) => l.code));

/** @param {unknown} value @returns {value is Language} */
export function isLanguage(value) {
	return typeof value === 'string' && LANGUAGE_LIST.some((language) => language.code === value);
}

/** @param {Language} code @returns {LanguageInfo} */
export function languageInfo(code) {
	return /** @type {LanguageInfo} */ (LANGUAGE_LIST.find((language) => language.code === code));
}
