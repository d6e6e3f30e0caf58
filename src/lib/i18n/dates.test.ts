import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('formatDate', () => {
	it('writes a date in Dutch and in British English', () => {
		expect(formatDate('2026-12-03', 'nl')).toBe('3 december 2026');
		expect(formatDate('2026-12-03', 'en')).toBe('3 December 2026');
		expect(formatDate('2024-02-29', 'nl', true)).toBe('donderdag 29 februari 2024');
		expect(formatDate('2024-02-29', 'en', true)).toBe('Thursday 29 February 2024');
	});

	it('gives back what is not a date', () => {
		expect(formatDate('', 'nl')).toBe('');
		expect(formatDate('morgen', 'nl')).toBe('morgen');
	});
});
