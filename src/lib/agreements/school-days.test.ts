import { beforeAll, describe, expect, it } from 'vitest';
import { inHoliday, isSchoolDay, nextSchoolDay, proposeEvaluationDate } from './school-days';

// Dutch clocks: the date rules must not move a day when summer time starts or ends.
beforeAll(() => {
	process.env.TZ = 'Europe/Amsterdam';
});

const kerst = { id: 'k', name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' };
const voorjaar = { id: 'v', name: 'Voorjaarsvakantie', from: '2027-02-13', to: '2027-02-21' };

describe('school days', () => {
	it('are weekdays outside the holidays the parent marked', () => {
		expect(isSchoolDay('2026-12-03', [])).toBe(true);
		expect(isSchoolDay('2026-12-05', [])).toBe(false);
		expect(isSchoolDay('2026-12-21', [kerst])).toBe(false);
		expect(inHoliday('2027-01-03', [kerst])?.name).toBe('Kerstvakantie');
		expect(inHoliday('2027-01-04', [kerst])).toBeUndefined();
	});

	it('move past a weekend, over the year end and out of a holiday', () => {
		expect(nextSchoolDay('2026-12-05', [])).toBe('2026-12-07');
		expect(nextSchoolDay('2026-12-31', [])).toBe('2026-12-31');
		expect(nextSchoolDay('2027-01-02', [])).toBe('2027-01-04');
		expect(nextSchoolDay('2026-12-24', [kerst])).toBe('2027-01-04');
	});

	it('count a leap day', () => {
		expect(isSchoolDay('2028-02-29', [])).toBe(true);
		expect(nextSchoolDay('2032-02-28', [])).toBe('2032-03-01');
	});
});

describe('proposeEvaluationDate', () => {
	it('proposes six weeks after the meeting', () => {
		expect(proposeEvaluationDate('2026-10-01', [], [])).toBe('2026-11-12');
	});

	it('lands on a school day after Christmas when six weeks fall in the holiday', () => {
		expect(proposeEvaluationDate('2026-11-12', [], [kerst])).toBe('2027-01-04');
	});

	it('waits a week past the last deadline when that is later', () => {
		expect(proposeEvaluationDate('2026-12-03', [{ byWhen: '2027-02-01' }, { byWhen: '' }], [voorjaar])).toBe(
			'2027-02-08'
		);
	});

	it('keeps the same calendar day across the start and the end of summer time', () => {
		expect(proposeEvaluationDate('2027-03-04', [], [])).toBe('2027-04-15');
		expect(proposeEvaluationDate('2026-10-15', [], [])).toBe('2026-11-26');
		expect(proposeEvaluationDate('2028-01-18', [], [])).toBe('2028-02-29');
	});

	it('gives nothing for a meeting without a date', () => {
		expect(proposeEvaluationDate('', [], [])).toBe('');
	});
});
