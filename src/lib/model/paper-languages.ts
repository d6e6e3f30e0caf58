/**
 * Which language each paper is in. The school reads the agenda and the agreement sheet, so they are in the
 * preparation's `language` (Dutch unless the parent chose otherwise). A parent who reads another language
 * better gets the agenda's fixed words in it too (`secondLanguage`, the agenda is then bilingual), and the
 * parent's own page entirely in it. What the parent typed is printed as typed, in any case.
 */
import { BASE_LANGUAGE, type Language } from '$lib/i18n/languages';
import type { Preparation } from './preparation';

type Languages = Pick<Preparation, 'language' | 'secondLanguage'>;

/** The agenda's second language; none when it is not set or is the papers' language already. */
export function agendaSecond(prep: Languages): Language | undefined {
	const second = prep.secondLanguage;
	return second && second !== prep.language ? second : undefined;
}

/** The parent's own page is in the parent's language: the second language when there is one. */
export function ownPageLanguage(prep: Languages): Language {
	return agendaSecond(prep) ?? prep.language;
}

/**
 * The languages of a new preparation, from the language the parent uses the app in: a Dutch school reads
 * Dutch, so a parent who uses the app in another language gets Dutch papers with their own language
 * beside it on the agenda, and their own page in their language.
 */
export function papersFor(appLanguage: Language): Languages {
	return { language: BASE_LANGUAGE, secondLanguage: appLanguage === BASE_LANGUAGE ? '' : appLanguage };
}

/**
 * The second language the details page offers ("De agenda ook in mijn taal"): the one chosen, else the
 * app's; none when that is the papers' language already, where a second language would say nothing new.
 */
export function offeredSecond(prep: Languages, appLanguage: Language): Language | undefined {
	const candidate = prep.secondLanguage || appLanguage;
	return candidate !== prep.language ? candidate : undefined;
}
