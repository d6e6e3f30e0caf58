import { describe, expect, it } from 'vitest';
import { isoToParts, partsToIso } from './date-parts';

describe('partsToIso', () => {
	it.each([
		[{ day: '3', month: '12', year: '2026' }, '2026-12-03'],
		[{ day: ' 29 ', month: '02', year: '2028' }, '2028-02-29'],
		[{ day: '', month: '', year: '' }, '']
	])('turns %j into %j', (parts, iso) => {
		expect(partsToIso(parts)).toEqual({ ok: true, iso });
	});

	it.each([
		[{ day: '', month: '12', year: '2026' }, 'missing-day'],
		[{ day: '3', month: '', year: '2026' }, 'missing-month'],
		[{ day: '3', month: '12', year: '' }, 'missing-year'],
		[{ day: '3', month: '12', year: '26' }, 'year-digits'],
		[{ day: '29', month: '2', year: '2027' }, 'not-real'],
		[{ day: '31', month: '4', year: '2026' }, 'not-real'],
		[{ day: 'drie', month: '12', year: '2026' }, 'not-real'],
		[{ day: '3', month: '13', year: '2026' }, 'not-real']
	])('says what is wrong with %j', (parts, error) => {
		expect(partsToIso(parts)).toEqual({ ok: false, error });
	});

	it('reads back what it wrote', () => {
		expect(isoToParts('2026-12-03')).toEqual({ day: '3', month: '12', year: '2026' });
		expect(isoToParts('')).toEqual({ day: '', month: '', year: '' });
	});
});
