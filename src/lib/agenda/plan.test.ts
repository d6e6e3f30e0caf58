import { describe, expect, it } from 'vitest';
import { createPreparation } from '$lib/model/create';
import type { MeetingType } from '$lib/model/constants';
import { agendaPlan, move } from './plan';

const prep = (type: MeetingType, duration: number, topics: [string, number | null, boolean?][]) => {
	const p = createPreparation({
		childFirstName: 'Sem',
		meetingType: type,
		meetingDate: '2026-12-15',
		language: 'nl'
	});
	p.meeting.durationMinutes = duration;
	p.concerns = topics.map(([text, minutes, onAgenda = true], i) => ({
		id: `c${i}`,
		text,
		minutes,
		onAgenda
	}));
	return p;
};

describe('agendaPlan', () => {
	it.each([10, 15, 30, 45, 60, 90])(
		'fills a %i-minute meeting exactly when the topics share the time',
		(duration) => {
			const plan = agendaPlan(
				prep('zorg', duration, [
					['Lezen', null],
					['Huiswerk', null],
					['Pauzes', null]
				])
			);
			expect(plan.total).toBe(duration);
			expect(plan.over).toBe(0);
		}
	);

	it('puts opening first and closing last, the topics in the parent’s order between', () => {
		const plan = agendaPlan(
			prep('zorg', 45, [
				['Lezen', null],
				['Huiswerk', null]
			])
		);
		expect(plan.items.map((i) => (i.kind === 'topic' ? i.text : i.kind))).toEqual([
			'opening',
			'Lezen',
			'Huiswerk',
			'agreements',
			'closing'
		]);
	});

	it('starts with a look back in an evaluation meeting', () => {
		const plan = agendaPlan(prep('evaluatie', 45, [['Lezen', null]]));
		expect(plan.items[1]?.kind).toBe('lookBack');
		expect(plan.total).toBe(45);
	});

	it('leaves out topics that are not on the agenda or empty', () => {
		const plan = agendaPlan(
			prep('zorg', 30, [
				['Lezen', null],
				['Later', null, false],
				['  ', null]
			])
		);
		expect(plan.items.filter((i) => i.kind === 'topic')).toHaveLength(1);
	});

	it('keeps minutes set by hand and says how far the plan runs over', () => {
		const plan = agendaPlan(
			prep('tienminuten', 10, [
				['Lezen', 8],
				['Gedrag', null]
			])
		);
		expect(plan.items.find((i) => i.kind === 'topic' && i.text === 'Lezen')?.minutes).toBe(8);
		expect(plan.over).toBe(plan.total - 10);
		expect(plan.over).toBeGreaterThan(0);
	});

	it('gives spare time to making agreements when no topic shares it', () => {
		const plan = agendaPlan(prep('zorg', 60, [['Lezen', 10]]));
		expect(plan.total).toBe(60);
	});
});

describe('move', () => {
	it('moves an item up or down one place and never out of the list', () => {
		expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
		expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
	});
});
