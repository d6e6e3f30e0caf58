import { describe, expect, it } from 'vitest';
import { termsIn, TERM_WORDS, TERMS } from './glossary';

describe('the school words of a page', () => {
	it('are found by their Dutch term or abbreviation, in the order they first appear', () => {
		expect(
			termsIn([
				'Bespreking van het OPP (ontwikkelingsperspectiefplan)',
				undefined,
				'Met de leerkracht en de intern begeleider. Ook het samenwerkingsverband komt.'
			])
		).toEqual(['opp', 'ib', 'samenwerkingsverband']);
		expect(termsIn(['special needs coordinator (IB)', 'Make the agreements SMART'])).toEqual(['ib', 'smart']);
	});

	it('are not found inside other words or in ordinary lower-case words', () => {
		expect(termsIn(['a smart child', 'Ibrahim', 'opposite', 'Nibbles', 'Mdo'])).toEqual([]);
	});

	it('each have a name and a plain explanation in every language', () => {
		for (const term of TERMS) {
			for (const locale of ['nl', 'en'] as const) {
				expect(TERM_WORDS[term].term({}, { locale }).length, term).toBeGreaterThan(2);
				expect(TERM_WORDS[term].text({}, { locale }).length, term).toBeGreaterThan(40);
			}
		}
	});
});
