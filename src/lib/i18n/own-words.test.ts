import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from './languages';

let language: Language = 'nl';
vi.mock('./locale.svelte', () => ({ getLanguage: () => language }));
const { ownWords, typedDirection } = await import('./own-words');

describe('ownWords', () => {
	afterEach(() => (language = 'nl'));

	it('isolates every word of the parent on an Arabic page', () => {
		language = 'ar';
		expect(ownWords('Gesprek (OPP).')).toBe('\u2068Gesprek (OPP).\u2069');
		expect(ownWords('محمد')).toBe('\u2068محمد\u2069');
	});

	it('isolates right-to-left words on a left-to-right page, and leaves Latin words as typed', () => {
		expect(ownWords('Łucja Kowalczyk')).toBe('Łucja Kowalczyk');
		expect(ownWords('فاطمة.')).toBe('\u2068فاطمة.\u2069');
		expect(ownWords('שרה')).toBe('\u2068שרה\u2069');
		language = 'uk';
		expect(ownWords('Олена')).toBe('Олена');
	});

	it('leaves nothing as nothing', () => {
		language = 'ar';
		expect(ownWords('')).toBe('');
	});
});

describe('typedDirection', () => {
	it('lets a box with text find its direction, and an empty one keep the page’s', () => {
		expect(typedDirection('Ayşe')).toBe('auto');
		expect(typedDirection('')).toBeUndefined();
	});
});
