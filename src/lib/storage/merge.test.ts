import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from './merge';

const base = { child: { firstName: 'Ayşe' }, answers: { hard: '', helps: '' }, list: ['a'] };

describe('mergeThreeWay', () => {
	it('keeps the changes of both tabs when they touched different fields', () => {
		const mine = { ...base, answers: { hard: 'lezen', helps: '' } };
		const theirs = { ...base, answers: { hard: '', helps: 'rust' } };
		expect(mergeThreeWay(base, mine, theirs)).toEqual({
			merged: { ...base, answers: { hard: 'lezen', helps: 'rust' } },
			conflicts: []
		});
	});

	it('takes the other tab’s version when this tab changed nothing', () => {
		const theirs = { ...base, list: ['a', 'b'] };
		expect(mergeThreeWay(base, base, theirs)).toEqual({ merged: theirs, conflicts: [] });
	});

	it('keeps this tab’s text where both changed the same field, and names that field', () => {
		const mine = { ...base, answers: { hard: 'mijn tekst', helps: '' } };
		const theirs = { ...base, answers: { hard: 'hun tekst', helps: '' } };
		expect(mergeThreeWay(base, mine, theirs)).toEqual({ merged: mine, conflicts: ['answers.hard'] });
	});

	it('treats a list as one value', () => {
		const mine = { ...base, list: ['a', 'mine'] };
		const theirs = { ...base, list: ['theirs', 'a'] };
		expect(mergeThreeWay(base, mine, theirs).conflicts).toEqual(['list']);
	});
});
