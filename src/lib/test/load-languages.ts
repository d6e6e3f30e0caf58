// Vitest setup: the words of every language, so that tests can make documents in any of them.
import { LANGUAGES } from '$lib/i18n/languages';
import { loadLanguage } from '$lib/i18n/words';

await Promise.all(LANGUAGES.map(loadLanguage));
