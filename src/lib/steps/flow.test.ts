import { describe, expect, it } from 'vitest';
import { createPreparation } from '$lib/model/create';
import type { Preparation } from '$lib/model/preparation';
import { firstOpenStep, nextPlace, previousPlace, stepStatus } from './flow';
import { checkRowId } from './links';
import { answerLines, reviewSections } from './review';
import { STEPS, stepByNumber } from './steps';

const fresh = (): Preparation =>
	createPreparation({
		childFirstName: 'Ayşe',
		meetingType: 'zorg',
		meetingDate: '2026-12-03',
		language: 'nl'
	});
const step = (n: number) => stepByNumber(n)!;

describe('the ten steps', () => {
	it('are numbered 1 to 10 with keys that differ', () => {
		expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(new Set(STEPS.map((s) => s.key)).size).toBe(10);
		expect(new Set(STEPS.flatMap((s) => s.fields.map((f) => f.name))).size).toBe(
			STEPS.flatMap((s) => s.fields).length
		);
	});
});

describe('stepStatus', () => {
	it('is "not started" until something is filled in, "in progress" for some, "done" for all', () => {
		const p = fresh();
		expect(stepStatus(step(4), p)).toBe('not-started');
		p.answers.picture.hard = 'Hardop lezen';
		expect(stepStatus(step(4), p)).toBe('in-progress');
		p.answers.picture.examples = 'Huilen in de kring';
		p.answers.picture.needsToLearn = 'Elke dag oefenen';
		p.answers.picture.needsToFeelWell = 'Rust';
		expect(stepStatus(step(4), p)).toBe('done');
	});

	it('does not count spaces or empty list lines as an answer', () => {
		const p = fresh();
		p.answers.picture.hard = '   ';
		p.answers.goesWell.strengths = [{ id: 'a', text: ' ' }];
		expect(stepStatus(step(4), p)).toBe('not-started');
		expect(stepStatus(step(3), p)).toBe('not-started');
	});

	it('counts step 9 done once one agreement says what, who and by when', () => {
		const p = fresh();
		p.answers.agreements.proposed = [
			{ id: 'a', what: 'Lezen', who: '', byWhen: '', howWeSee: '', note: '', fromProposal: '' }
		];
		expect(stepStatus(step(9), p)).toBe('in-progress');
		p.answers.agreements.proposed[0]!.who = 'Juf';
		p.answers.agreements.proposed[0]!.byWhen = '2026-12-14';
		expect(stepStatus(step(9), p)).toBe('done');
	});

	it('counts step 2 done when the school’s people are known and whether the child comes', () => {
		const p = fresh();
		p.answers.people.attendees = [{ id: 'a', name: '', role: 'teacher', roleText: '', side: 'school' }];
		expect(stepStatus(step(2), p)).toBe('in-progress');
		p.answers.people.childAttends = 'paper';
		expect(stepStatus(step(2), p)).toBe('done');
	});
});

describe('moving between steps', () => {
	it('goes forward step by step, from step 10 to the agenda, and back to the overview from step 1', () => {
		expect(nextPlace(3)).toEqual({ step: 4 });
		expect(nextPlace(10)).toEqual({ page: 'agenda' });
		expect(previousPlace(4)).toEqual({ step: 3 });
		expect(previousPlace(1)).toEqual({ page: 'overview' });
	});

	it('offers the first step that is not done', () => {
		const p = fresh();
		expect(firstOpenStep(p)?.number).toBe(1);
		p.answers.purpose.why = 'Zorgen over lezen';
		p.answers.purpose.outcomes = [{ id: 'o', text: 'Een plan' }];
		expect(firstOpenStep(p)?.number).toBe(2);
	});
});

describe('check your answers', () => {
	it('shows every question once, with the answer as typed or as nothing', () => {
		const p = fresh();
		p.answers.childVoice.wish = 'Niet meer voorlezen in de kring';
		const sections = reviewSections(p);
		expect(sections.map((s) => s.heading)).toEqual([
			'Gegevens van het gesprek',
			...STEPS.map((s) => `${s.number}. ${s.title()}`),
			'Uw agenda'
		]);
		const rows = sections.flatMap((s) => s.rows);
		expect(rows.filter((r) => STEPS.some((s) => s.fields.some((f) => f.name === r.anchor)))).toHaveLength(
			STEPS.flatMap((s) => s.fields).length
		);
		const wish = rows.find((r) => r.anchor === 'childVoice-wish')!;
		expect(wish.lines).toEqual(['Niet meer voorlezen in de kring']);
		expect(wish.href).toBe(`/p/${p.id}/stap/6?terug=controleren&vraag=childVoice-wish#childVoice-wish`);
		expect(checkRowId(wish.anchor)).toBe('check-childVoice-wish');
		expect(rows.find((r) => r.anchor === 'childVoice-hard')?.lines).toEqual([]);
	});

	it('shows a choice by its label and a person as role and name', () => {
		const p = fresh();
		p.answers.people.attendees = [{ id: 'a', name: 'Łucja', role: 'teacher', roleText: '', side: 'school' }];
		p.answers.people.childAttends = 'part';
		const people = step(2).fields;
		expect(answerLines(people[0]!, p)).toEqual(['Leerkracht — Łucja']);
		expect(answerLines(people[1]!, p)).toEqual([]);
		expect(answerLines(people[2]!, p)).toEqual(['Ja, een deel van het gesprek']);
	});
});
