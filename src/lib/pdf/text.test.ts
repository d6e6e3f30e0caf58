import { describe, expect, it } from 'vitest';
import { printable, REPLACEMENT } from './text';

const latin = (c: number) => c < 0x0600 || (c >= 0x1e00 && c < 0x1f00) || c === 0xfffd;

describe('printable', () => {
	it('keeps every letter the font has, in composed form', () => {
		expect(printable('Nguye\u0302\u0303n', latin)).toEqual({ text: 'Nguyễn', replaced: false });
		expect(printable('Ayşe Yılmaz, Łukasz, Đorđe, Ștefan, Řehoř, Guðrún', latin).replaced).toBe(false);
	});

	it('replaces what the font lacks with one visible mark per run, and says so', () => {
		expect(printable('Sara 😀👍 blij', latin)).toEqual({ text: `Sara ${REPLACEMENT} blij`, replaced: true });
		expect(printable('محمد', latin)).toEqual({ text: REPLACEMENT, replaced: true });
	});

	it('removes control characters, bidi overrides and zero-width characters, but keeps line breaks', () => {
		expect(printable('a\u0000b\u202Ec\u200Bd\u206A\u034F\r\ne\tf', latin)).toEqual({
			text: 'abcd\ne f',
			replaced: false
		});
	});

	it('keeps the zero-width non-joiner between Arabic letters (Persian needs it), and nowhere else', () => {
		expect(printable('می\u200cخواهد', () => true).text).toBe('می\u200cخواهد');
		expect(printable('a\u200cb \u200cمی', () => true).text).toBe('ab می');
	});

	it('turns Arabic presentation forms into the letters they stand for, and removes the Arabic letter mark', () => {
		expect(printable('\ufee3\ufea4\ufee4\ufeaa', () => true).text).toBe('محمد');
		expect(printable('\u061cمحمد', () => true).text).toBe('محمد');
	});
});
