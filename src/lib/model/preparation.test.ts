import { describe, expect, it } from 'vitest';
import { exampleFiles } from '$lib/test/examples';
import { createPreparation, USUAL_DURATION } from './create';
import { FORMAT_VERSION, MEETING_TYPES, preparationSchema } from './preparation';

describe('the preparation schema', () => {
	it('accepts every example file, and the examples cover different meeting types', () => {
		expect(exampleFiles.length).toBeGreaterThanOrEqual(3);
		const types = new Set(exampleFiles.map((f) => preparationSchema.parse(JSON.parse(f.text)).meeting.type));
		expect(types.size).toBeGreaterThanOrEqual(3);
	});

	it('keeps names from Dutch classrooms exactly as typed', () => {
		const ayse = exampleFiles.find((f) => f.name.startsWith('ayse'))!;
		const prep = preparationSchema.parse(JSON.parse(ayse.text));
		expect(prep.child.firstName).toBe('Ayşe');
		expect(prep.answers.people.attendees.map((a) => a.name)).toEqual(
			expect.arrayContaining(['Łucja Kowalczyk', 'Nguyễn Thị Minh'])
		);
	});

	it('fills every answer with an empty default when a file holds only the start fields', () => {
		const prep = preparationSchema.parse({
			formatVersion: FORMAT_VERSION,
			id: 'abc',
			createdAt: '2026-11-01T10:00:00.000Z',
			updatedAt: '2026-11-01T10:00:00.000Z',
			meeting: { type: 'start', date: '2026-11-10' },
			child: { firstName: 'Zoë' }
		});
		expect(prep.answers.picture.hard).toBe('');
		expect(prep.answers.purpose.outcomes).toEqual([]);
		expect(prep.answers.people.childAttends).toBe('unknown');
		expect(prep.meeting.startTime).toBe('');
		expect(prep.language).toBe('nl');
	});

	it.each(['2026-02-30', '2026-13-01', '3-12-2026', ''])('rejects the meeting date %j', (date) => {
		const prep = createPreparation({
			childFirstName: 'Ali',
			meetingType: 'zorg',
			meetingDate: '2026-12-01',
			language: 'nl'
		});
		expect(preparationSchema.safeParse({ ...prep, meeting: { ...prep.meeting, date } }).success).toBe(false);
	});

	it('rejects an empty first name and an unknown meeting type', () => {
		const prep = createPreparation({
			childFirstName: 'Ali',
			meetingType: 'zorg',
			meetingDate: '2026-12-01',
			language: 'nl'
		});
		expect(preparationSchema.safeParse({ ...prep, child: { ...prep.child, firstName: '' } }).success).toBe(
			false
		);
		expect(
			preparationSchema.safeParse({ ...prep, meeting: { ...prep.meeting, type: 'koffie' } }).success
		).toBe(false);
	});
});

describe('createPreparation', () => {
	it.each(MEETING_TYPES)('starts a %s with the usual duration and a trimmed name', (type) => {
		const prep = createPreparation(
			{ childFirstName: '  Łukasz ', meetingType: type, meetingDate: '2026-12-01', language: 'en' },
			new Date('2026-11-23T10:00:00Z')
		);
		expect(prep.child.firstName).toBe('Łukasz');
		expect(prep.meeting.durationMinutes).toBe(USUAL_DURATION[type]);
		expect(prep.language).toBe('en');
		expect(prep.createdAt).toBe('2026-11-23T10:00:00.000Z');
	});

	it('gives every preparation its own id', () => {
		const start = {
			childFirstName: 'Ali',
			meetingType: 'zorg',
			meetingDate: '2026-12-01',
			language: 'nl'
		} as const;
		expect(createPreparation(start).id).not.toBe(createPreparation(start).id);
	});
});
