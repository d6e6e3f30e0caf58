import { describe, expect, it } from 'vitest';
import { example } from '$lib/test/extremes';
import { firstSentence, proposalSuggestions, topicSuggestions } from './suggestions';

describe('topicSuggestions', () => {
	it('offers the outcomes, the first sentence of what is hard, the wishes and earlier agreements', () => {
		const p = example('ayse');
		p.concerns = [];
		p.lookBack = [
			{
				id: 'l',
				agreement: 'Leesonderzoek',
				who: '',
				byWhen: '',
				status: 'unknown',
				decision: 'unknown',
				note: ''
			}
		];
		expect(topicSuggestions(p)).toEqual([
			{ source: 'outcome', text: 'We weten wat Ayşe nodig heeft bij lezen.', added: false },
			{ source: 'outcome', text: 'Er is een plan met wie wat doet.', added: false },
			{ source: 'outcome', text: 'We spreken een datum af om te kijken of het werkt.', added: false },
			{ source: 'hard', text: 'Lezen kost veel moeite.', added: false },
			{ source: 'wish', text: 'Elke dag extra leesoefening', added: false },
			{ source: 'lookBack', text: 'Leesonderzoek', added: false }
		]);
	});

	it('shows a suggestion as added once a topic says the same, whatever the case and spaces', () => {
		const p = example('ayse');
		p.concerns = [{ id: 'c', text: '  elke dag extra   LEESOEFENING ', onAgenda: true, minutes: null }];
		expect(topicSuggestions(p).find((s) => s.source === 'wish')?.added).toBe(true);
		expect(topicSuggestions(p).find((s) => s.source === 'hard')?.added).toBe(false);
	});

	it('leaves out empty answers and the same text twice', () => {
		const p = example('ayse');
		p.answers.purpose.outcomes = [
			{ id: 'a', text: ' ' },
			{ id: 'b', text: 'Lezen' },
			{ id: 'c', text: 'lezen' }
		];
		p.answers.picture.hard = '';
		p.answers.feasibility.items = [];
		expect(topicSuggestions(p).map((s) => s.text)).toEqual(['Lezen']);
	});
});

describe('proposalSuggestions', () => {
	it('offers each wish’s first step, added once a proposal says the same', () => {
		const p = example('ayse');
		const step = p.answers.feasibility.items[0]!.firstStep;
		expect(proposalSuggestions(p)).toEqual([{ source: 'firstStep', text: step, added: false }]);
		p.answers.agreements.proposed[0]!.what = step;
		expect(proposalSuggestions(p)[0]!.added).toBe(true);
	});
});

describe('firstSentence', () => {
	it('ends at the first full stop, question or exclamation mark, or line break', () => {
		expect(firstSentence('Lezen kost veel moeite. Ze raakt in paniek.')).toBe('Lezen kost veel moeite.');
		expect(firstSentence('Lezen\nen rekenen')).toBe('Lezen');
		expect(firstSentence('Waarom? Omdat.')).toBe('Waarom?');
		expect(firstSentence('Om 8.30 uur begint de les')).toBe('Om 8.30 uur begint de les');
	});
});
