import { describe, expect, it } from 'vitest';
import { createPreparation } from './create';
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
		expect(repaired?.preparation.child.firstName).toBe('Ayşe');
		expect(repaired?.preparation.meeting.durationMinutes).toBe(saved.meeting.durationMinutes);
		expect(repaired?.preparation.answers.picture.hard).toBe('Lezen gaat moeizaam');
		expect(repaired?.heldBack).toEqual([
			['meeting', 'durationMinutes'],
			['child', 'firstName']
		]);
	});
});
