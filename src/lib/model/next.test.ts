import { describe, expect, it } from 'vitest';
import { takeOverProposals } from '$lib/agreements/take-over';
import { example } from '$lib/test/extremes';
import { nextPreparation } from './next';
import { preparationSchema } from './preparation';

describe('nextPreparation', () => {
	it('carries over the child, school, place and people, and starts with the earlier agreements', () => {
		const previous = example('ayse');
		takeOverProposals(previous);
		previous.after.evaluationDate = '2027-01-28';
		const next = nextPreparation(previous, new Date('2026-12-04T09:00:00Z'));
		expect(preparationSchema.safeParse(next).success).toBe(true);
		expect(next.id).not.toBe(previous.id);
		expect(next.followsUp).toBe(previous.id);
		expect(next.child).toEqual(previous.child);
		expect(next.meeting).toMatchObject({
			type: 'evaluatie',
			date: '2027-01-28',
			place: previous.meeting.place
		});
		expect(next.answers.people.attendees.map((a) => a.name)).toEqual(
			previous.answers.people.attendees.map((a) => a.name)
		);
		expect(next.lookBack.map((l) => [l.agreement, l.who, l.byWhen, l.status])).toEqual(
			previous.agreementsMade.map((a) => [a.what, a.who, a.byWhen, 'unknown'])
		);
		expect(next.answers.picture.hard).toBe('');
		expect(next.agreementsMade).toEqual([]);
	});

	it('takes the parent’s own evaluation date when none was agreed, and the usual rule without one', () => {
		const previous = example('daan');
		expect(nextPreparation(previous).meeting.date).toBe('2027-06-16');
		previous.answers.evaluation.proposedDate = '';
		expect(nextPreparation(previous).meeting.date).toBe('2027-03-24');
	});
});
