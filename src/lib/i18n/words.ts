/**
 * The words of the languages other than Dutch, one file per language (src/lib/messages/words-<code>.json,
 * made by scripts/messages.js), loaded on first use: by the language menu, and before a document is made
 * in a language. The Dutch and its dates are part of the code.
 */
import type { Locale } from 'date-fns';
import { DATES } from '$lib/messages/dates.js';
import { BASE_LANGUAGE, type Language } from './languages';

const URLS = import.meta.glob<string>('../messages/words-*.json', {
	query: '?url',
	import: 'default',
	eager: true
});

interface Loaded {
	/** The messages in the Dutch key order; placeholders as `{name}`. */
	words: string[];
	dates: Locale;
}

const loaded = new Map<Language, Loaded>();
const loading = new Map<Language, Promise<void>>();

/** The language's words once loaded; undefined for Dutch and for a language not loaded yet. */
export function wordsOf(language: Language): string[] | undefined {
	return loaded.get(language)?.words;
}

/** The date-fns locale once loaded; undefined for Dutch (i18n/dates.ts has it) and before loading. */
export function datesOf(language: Language): Locale | undefined {
	return loaded.get(language)?.dates;
}

/** `{name}` in a translation becomes the input's value. */
export function fill(text: string, inputs: Record<string, unknown>): string {
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(inputs[name]));
}

async function fetchWords(language: Language): Promise<string[]> {
	const url = URLS[`../messages/words-${language}.json`]!;
	if (import.meta.env.SSR) {
		// Tests and the command-line scripts run in Node, where the URL is a path in the project.
		const { readFile } = await import('node:fs/promises');
		return JSON.parse(await readFile(new URL(`../messages/words-${language}.json`, import.meta.url), 'utf8'));
	}
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response.json();
}

/** Loads a language's words and dates once; a failed load (offline, first time) may be tried again. */
export function loadLanguage(language: Language): Promise<void> {
	if (language === BASE_LANGUAGE || loaded.has(language)) return Promise.resolve();
	let promise = loading.get(language);
	if (!promise) {
		promise = Promise.all([fetchWords(language), DATES[language]!()]).then(
			([words, dates]) => void loaded.set(language, { words, dates }),
			(error: unknown) => {
				loading.delete(language);
				throw error;
			}
		);
		loading.set(language, promise);
	}
	return promise;
}
