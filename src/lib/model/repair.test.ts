import { describe, expect, it } from 'vitest';
import { createPreparation } from './create';
import { example } from '$lib/test/extremes';
import { repairWith } from './repair';

const saved = createPreparation({
	childFirstName: 'Ayşe',
	meetingType: 'zorg',
	meetingDate: '2026-12-03',
	language: 'nl'
});

describe('repairWith', () => {
	it('keeps a valid preparation as it is', () => {
		expect(repairWith(saved, saved)).toEqual({ preparation: saved, heldBack: [] });
	});

	it('saves everything typed and keeps the last valid value only for the field that is invalid', () => {
		const edited = structuredClone(saved);
		edited.child.firstName = '';
		edited.answers.picture.hard = 'Lezen gaat moeizaam';
		(edited.meeting as { durationMinutes: unknown }).durationMinutes = null;
		const repaired = repairWith(edited, saved);
		expect(repaired.preparation?.child.firstName).toBe('Ayşe');
		expect(repaired.preparation?.meeting.durationMinutes).toBe(saved.meeting.durationMinutes);
		expect(repaired.preparation?.answers.picture.hard).toBe('Lezen gaat moeizaam');
		expect(repaired?.heldBack).toEqual([
			['meeting', 'durationMinutes'],
			['child', 'firstName']
		]);
	});

	it('takes a record’s value from the record with the same id, also after another was removed', () => {
		const before = example('ayse');
		const edited = structuredClone(before);
		edited.answers.people.attendees.splice(0, 1);
		(edited.answers.people.attendees[0] as { name: unknown }).name = 42;
		edited.answers.picture.hard = 'Lezen gaat moeizaam';
		const repaired = repairWith(edited, before);
		expect(repaired.preparation?.answers.people.attendees.map((a) => a.name)).toEqual(
			before.answers.people.attendees.slice(1).map((a) => a.name)
		);
		expect(repaired.preparation?.answers.picture.hard).toBe('Lezen gaat moeizaam');
	});

	it('leaves a new record that is not valid yet out of what is stored, and keeps everything else', () => {
		const edited = structuredClone(saved);
		edited.schoolHolidays.push({ id: 'new', name: 'Kerst', from: '', to: '2026-12-31' });
		edited.answers.picture.hard = 'Lezen gaat moeizaam';
		const repaired = repairWith(edited, saved);
		expect(repaired.heldBack).toEqual([['schoolHolidays', 0, 'from']]);
		expect(repaired.preparation?.schoolHolidays).toEqual([]);
		expect(repaired.preparation?.answers.picture.hard).toBe('Lezen gaat moeizaam');
	});
});
