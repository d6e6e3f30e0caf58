/**
 * The language the app speaks, as reactive state: message functions read it, so switching re-renders
 * every text at once without a reload. The choice is remembered in localStorage (no cookie, no URL).
 */
import { tick } from 'svelte';
import { PREFIX } from '$lib/storage/keys';
import { BASE_LANGUAGE, isLanguage, languageInfo, type Language } from './languages';
import { fill, loadLanguage, wordsOf } from './words';

const KEY = `${PREFIX}lang`;

/** The current language; read it in markup to re-render on a switch. */
let current: Language = $state(BASE_LANGUAGE);
/** Counts finished loads, so that a text shown in Dutch while its language loaded is shown again. */
let loads = $state(0);

export function getLanguage(): Language {
	return current;
}

/**
 * A message in the current language or the one asked for; undefined means "use the Dutch", which the
 * message function holds. Used by the generated message functions (scripts/messages.ts) only.
 */
export function translated(
	index: number,
	inputs: Record<string, unknown> | undefined,
	options: { locale?: Language } | undefined
): string | undefined {
	const language = options?.locale ?? current;
	if (language === BASE_LANGUAGE) return undefined;
	const words = wordsOf(language);
	if (!words) {
		// Documents and the menu load a language before they use it; anything else shows the Dutch until
		// the words are there, then again in the language (reading `loads` subscribes to that).
		void loads;
		loadLanguage(language).then(
			() => loads++,
			() => {}
		);
		return undefined;
	}
	const word = words[index]!;
	return inputs ? fill(word, inputs) : word;
}

function show(language: Language): void {
	current = language;
	// Unit tests switch the language too, in Node, where there is no page.
	if (typeof document === 'undefined') return;
	document.documentElement.lang = language;
	document.documentElement.dir = languageInfo(language).dir;
}

/** Picks up the remembered choice; call once in the browser. Dutch shows until its words are loaded. */
export async function restoreLanguage(): Promise<void> {
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(KEY);
	} catch {
		// storage blocked: stay with the default language
	}
	const language = isLanguage(saved) ? saved : BASE_LANGUAGE;
	try {
		await loadLanguage(language);
		show(language);
		await tick();
	} catch {
		// offline before this language was ever loaded: Dutch, and the menu can try again
	}
	// The page waited hidden for these words (src/app.html); it is now in its language.
	delete document.documentElement.dataset.words;
}

/** Switches once the language's words are loaded; rejects when they cannot load (offline, first time). */
export async function setLanguage(language: Language): Promise<void> {
	await loadLanguage(language);
	show(language);
	try {
		localStorage.setItem(KEY, language);
	} catch {
		// remembered for this visit only
	}
}
