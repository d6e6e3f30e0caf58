/**
 * The parent's own words (a name, a title, an answer) shown in text of the app keep their own direction:
 * wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, which is what <bdi> does, for
 * text that cannot carry markup (a message with the words in it, a line of an answer). Without it, on an
 * Arabic page "Gesprek (OPP)." shows its full stop and closing bracket first, and a Latin name after a Latin
 * school word ("(leerkracht) — Łucja") runs into it; on a Dutch page an Arabic answer's full stop lands on
 * the wrong side. Latin words on a left-to-right page need nothing and stay exactly as typed. For the screen
 * only: stored titles, files and documents take the words plain.
 */
import { languageInfo } from './languages';
import { getLanguage } from './locale.svelte';

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function ownWords(text: string): string {
	const needed = languageInfo(getLanguage()).dir === 'rtl' || RIGHT_TO_LEFT.test(text);
	return text && needed ? `\u2068${text}\u2069` : text;
}

/**
 * The direction of a box the parent types in: "auto" once it holds text, so that Dutch reads left to right
 * on an Arabic page and Arabic right to left on a Dutch one. An empty box keeps the page's direction
 * (Chromium makes an empty "auto" box left to right: on an Arabic page the cursor would start on the left).
 */
export function typedDirection(value: string): 'auto' | undefined {
	return value ? 'auto' : undefined;
}
