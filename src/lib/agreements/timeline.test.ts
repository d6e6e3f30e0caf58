import { describe, expect, it } from 'vitest';
import { createPreparation } from '$lib/model/create';
import { timelines } from './timeline';

const prep = (child: string, date: string) =>
	createPreparation({ childFirstName: child, meetingType: 'zorg', meetingDate: date, language: 'nl' });

describe('timelines', () => {
	it('groups the meetings per child in date order, named as most recently written', () => {
		const result = timelines([
			prep('Sem', '2027-02-01'),
			prep('Ayşe ', '2027-01-10'),
			prep('ayşe', '2026-12-03'),
			prep('Sem', '2026-11-01')
		]);
		expect(result.map((t) => [t.child, t.preparations.map((p) => p.meeting.date)])).toEqual([
			['Ayşe', ['2026-12-03', '2027-01-10']],
			['Sem', ['2026-11-01', '2027-02-01']]
		]);
	});

	it('is empty when nothing is stored', () => {
		expect(timelines([])).toEqual([]);
	});
});
