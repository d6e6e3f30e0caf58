import { describe, expect, it } from 'vitest';
import { everyScript, example, scriptsPreparation } from '$lib/test/extremes';
import { fontRuns, rightToLeft, scriptOf, scriptsIn, scriptsOf } from './scripts';

describe('scripts beyond Latin', () => {
	it('are Arabic and Ethiopic letters, with their own digits and punctuation; the rest is Noto Sans', () => {
		expect(
			['م', 'پ', '٣', '،', 'ሰ', '፣', 'a', '5', ' ', '(', 'Ж'].map((c) => scriptOf(c.codePointAt(0)!))
		).toEqual([
			'arabic',
			'arabic',
			'arabic',
			'arabic',
			'ethiopic',
			'ethiopic',
			undefined,
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('are needed only by text in them, after cleaning', () => {
		expect(scriptsIn('Ayşe Yılmaz, Олена, Ελένη, Nguyễn Thị')).toEqual([]);
		expect(scriptsIn('ሰላም and محمد')).toEqual(['arabic', 'ethiopic']);
		// A zero-width non-joiner among Latin letters is removed (text.ts): no Arabic font for it.
		expect(scriptsIn('a\u200cb')).toEqual([]);
	});

	it('of a preparation: none for Latin, Cyrillic and Vietnamese names; both for the scripts preparation', () => {
		expect(scriptsOf(example('ayse'))).toEqual([]);
		expect(scriptsOf(everyScript())).toEqual([]);
		expect(scriptsOf(scriptsPreparation())).toEqual(['arabic', 'ethiopic']);
	});

	it('split a text where its font changes', () => {
		expect(fontRuns('Tom')).toEqual([{ text: 'Tom', script: undefined }]);
		expect(fontRuns('محمد، Tom ሰላም')).toEqual([
			{ text: 'محمد،', script: 'arabic' },
			{ text: ' Tom ', script: undefined },
			{ text: 'ሰላም', script: 'ethiopic' }
		]);
	});
});

describe('a paragraph', () => {
	it.each([
		['محمد يحب كرة القدم مع Tom', true],
		['2023: محمد', true],
		['(� محمد)', true],
		['Tom en محمد', false],
		['ሰላም محمد', false],
		['2023', false],
		['', false]
	])('%j reads from right to left: %s (its first letter decides)', (text, rtl) => {
		expect(rightToLeft(text)).toBe(rtl);
	});
});
