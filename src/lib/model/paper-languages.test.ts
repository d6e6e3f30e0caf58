import { describe, expect, it } from 'vitest';
import { agendaSecond, offeredSecond, ownPageLanguage, papersFor } from './paper-languages';

describe('the languages of the papers', () => {
	it('make the agenda bilingual only when the second language differs from the papers’ language', () => {
		expect(agendaSecond({ language: 'nl', secondLanguage: 'tr' })).toBe('tr');
		expect(agendaSecond({ language: 'nl', secondLanguage: '' })).toBeUndefined();
		expect(agendaSecond({ language: 'tr', secondLanguage: 'tr' })).toBeUndefined();
	});

	it('put the parent’s own page in the parent’s language', () => {
		expect(ownPageLanguage({ language: 'nl', secondLanguage: 'ar' })).toBe('ar');
		expect(ownPageLanguage({ language: 'en', secondLanguage: '' })).toBe('en');
		expect(ownPageLanguage({ language: 'pl', secondLanguage: 'pl' })).toBe('pl');
	});

	it('start a preparation made in Turkish with Dutch papers and Turkish beside them; in Dutch, Dutch only', () => {
		expect(papersFor('tr')).toEqual({ language: 'nl', secondLanguage: 'tr' });
		expect(papersFor('en')).toEqual({ language: 'nl', secondLanguage: 'en' });
		expect(papersFor('nl')).toEqual({ language: 'nl', secondLanguage: '' });
	});

	it('offer the chosen second language, else the app’s, never the papers’ own', () => {
		expect(offeredSecond({ language: 'nl', secondLanguage: '' }, 'uk')).toBe('uk');
		expect(offeredSecond({ language: 'nl', secondLanguage: 'pl' }, 'uk')).toBe('pl');
		expect(offeredSecond({ language: 'nl', secondLanguage: '' }, 'nl')).toBeUndefined();
		expect(offeredSecond({ language: 'tr', secondLanguage: '' }, 'tr')).toBeUndefined();
		expect(offeredSecond({ language: 'tr', secondLanguage: 'tr' }, 'nl')).toBeUndefined();
	});
});
