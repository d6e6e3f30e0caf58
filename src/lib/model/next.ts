/**
 * "Volgend gesprek voorbereiden": a new preparation that follows up this one. The child, the school, the
 * place and the people at the table carry over; every agreement made becomes a look-back item that the
 * next agenda starts with. The answers themselves start empty: it is a new meeting.
 */
import { suggestEvaluation } from '$lib/agreements/evaluation';
import { isWrittenDown } from '$lib/agreements/smart';
import { createPreparation, newId, USUAL_DURATION } from './create';
import type { Preparation } from './preparation';

export function nextPreparation(previous: Preparation, now: Date = new Date()): Preparation {
	const date = previous.after.evaluationDate || suggestEvaluation(previous)?.date || previous.meeting.date;
	const next = createPreparation(
		{
			childFirstName: previous.child.firstName,
			meetingType: 'evaluatie',
			meetingDate: date,
			language: previous.language,
			secondLanguage: previous.secondLanguage
		},
		now
	);
	next.child = { ...previous.child };
	next.meeting.place = previous.meeting.place;
	next.meeting.durationMinutes = USUAL_DURATION.evaluatie;
	next.answers.people.attendees = previous.answers.people.attendees.map((a) => ({ ...a, id: newId() }));
	next.answers.people.childAttends = previous.answers.people.childAttends;
	next.schoolHolidays = previous.schoolHolidays.map((h) => ({ ...h }));
	next.followsUp = previous.id;
	next.lookBack = previous.agreementsMade.filter(isWrittenDown).map((a) => ({
		id: newId(),
		agreement: a.what,
		who: a.who,
		byWhen: a.byWhen,
		status: 'unknown',
		decision: 'unknown',
		note: ''
	}));
	return next;
}
