/**
 * School words a parent hears at the table, each with a plain explanation (texts `glossary_*`). The pages
 * find the words they use by the Dutch term, which stays in the text in every language of the app (the
 * translation stands beside it), so one set of patterns serves all languages.
 */
import type { Localized } from '$lib/i18n/labels';
import { m } from '$lib/messages';

export const TERMS = [
	'passend_onderwijs',
	'ib',
	'opp',
	'handelingsdeel',
	'mdo',
	'samenwerkingsverband',
	'smart',
	'onderwijskundig_rapport',
	'thuiszitter'
] as const;
export type Term = (typeof TERMS)[number];

/** How each word is recognised; abbreviations only in capitals, so "smart" in a sentence is no match. */
const FOUND_BY: Readonly<Record<Term, RegExp>> = {
	passend_onderwijs: /passend onderwijs/i,
	ib: /\bIB\b|[Ii]ntern(e)? begeleider/,
	opp: /\bOPP\b|[Oo]ntwikkelingsperspectief/,
	handelingsdeel: /handelingsdeel/i,
	mdo: /\bMDO\b|[Mm]ultidisciplinair overleg/,
	samenwerkingsverband: /samenwerkingsverband/i,
	smart: /\bSMART\b/,
	onderwijskundig_rapport: /onderwijskundig(e)? rapport/i,
	thuiszitter: /thuiszit/i
};

export const TERM_WORDS: Readonly<Record<Term, { term: Localized; text: Localized }>> = {
	passend_onderwijs: { term: m.glossary_passend_onderwijs_term, text: m.glossary_passend_onderwijs_text },
	ib: { term: m.glossary_ib_term, text: m.glossary_ib_text },
	opp: { term: m.glossary_opp_term, text: m.glossary_opp_text },
	handelingsdeel: { term: m.glossary_handelingsdeel_term, text: m.glossary_handelingsdeel_text },
	mdo: { term: m.glossary_mdo_term, text: m.glossary_mdo_text },
	samenwerkingsverband: {
		term: m.glossary_samenwerkingsverband_term,
		text: m.glossary_samenwerkingsverband_text
	},
	smart: { term: m.glossary_smart_term, text: m.glossary_smart_text },
	onderwijskundig_rapport: {
		term: m.glossary_onderwijskundig_rapport_term,
		text: m.glossary_onderwijskundig_rapport_text
	},
	thuiszitter: { term: m.glossary_thuiszitter_term, text: m.glossary_thuiszitter_text }
};

/** The school words in these texts, in the order they first appear. */
export function termsIn(texts: readonly (string | undefined)[]): Term[] {
	const all = texts.filter(Boolean).join('\n');
	return TERMS.map((term) => ({ term, at: all.search(FOUND_BY[term]) }))
		.filter(({ at }) => at >= 0)
		.sort((a, b) => a.at - b.at)
		.map(({ term }) => term);
}
