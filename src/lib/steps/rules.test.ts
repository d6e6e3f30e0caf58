import { describe, expect, it } from 'vitest';
import { createPreparation } from '$lib/model/create';
import type { MeetingType } from '$lib/model/constants';
import type { Attendee } from '$lib/model/preparation';
import { adviceFor, isOutnumbered, maxPriorities, startsWithLookBack } from './rules';

const prep = (type: MeetingType) =>
	createPreparation({ childFirstName: 'Daan', meetingType: type, meetingDate: '2027-02-10', language: 'nl' });
const person = (side: Attendee['side'], n: number): Attendee => ({
	id: `${side}${n}`,
	name: '',
	role: 'other',
	roleText: '',
	side
});

describe('meeting-type rules', () => {
	it('allows two priorities in a 10-minute meeting and sets no limit elsewhere', () => {
		expect(maxPriorities('tienminuten')).toBe(2);
		expect(maxPriorities('zorg')).toBeNull();
	});

	it('shows each type’s advice on the step it belongs to', () => {
		expect(adviceFor('purpose', prep('tienminuten'))).toEqual(['tienminuten']);
		expect(adviceFor('purpose', prep('opp'))).toEqual(['opp_read']);
		expect(adviceFor('evaluation', prep('opp'))).toEqual(['opp_yearly']);
		expect(adviceFor('people', prep('mdo'))).toEqual(['mdo']);
		expect(adviceFor('expectations', prep('overstap'))).toEqual(['overstap']);
		expect(adviceFor('purpose', prep('evaluatie'))).toEqual(['evaluatie']);
		expect(adviceFor('picture', prep('opp'))).toEqual([]);
	});

	it('starts with a look back in an evaluation meeting or a follow-up', () => {
		expect(startsWithLookBack(prep('evaluatie'))).toBe(true);
		expect(startsWithLookBack(prep('zorg'))).toBe(false);
		expect(startsWithLookBack({ ...prep('zorg'), followsUp: 'earlier' })).toBe(true);
	});
});

describe('isOutnumbered', () => {
	it('warns when the school brings more than two people more than the parent’s side', () => {
		const p = prep('mdo');
		p.answers.people.attendees = [1, 2, 3].map((n) => person('school', n));
		expect(isOutnumbered(p)).toBe(false);
		p.answers.people.attendees.push(person('school', 4));
		expect(isOutnumbered(p)).toBe(true);
		expect(adviceFor('people', p)).toEqual(['mdo', 'outnumbered']);
		p.answers.people.attendees.push(person('parent', 1));
		expect(isOutnumbered(p)).toBe(false);
	});
});
