/**
 * Check-your-answers as a pure mapping: each part of the preparation (the meeting, the ten steps, the
 * agenda), each question with what the parent answered as lines of text (an empty list: not answered),
 * written as the documents write them, and where to change it.
 */
import { agendaPlan } from '$lib/agenda/plan';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { getLanguage } from '$lib/i18n/locale.svelte';
import { ownWords } from '$lib/i18n/own-words';
import { ABOUT_MEETING } from '$lib/questions/details';
import { answerParagraphs } from '$lib/questions/print';
import type { Field } from '$lib/questions/question';
import { questions } from '$lib/questions/registry';
import { agendaHref, changeHref, detailsHref, stepHref } from './links';
import { STEPS } from './steps';

export interface ReviewRow {
	label: string;
	lines: string[];
	/** The question's anchor on its page; the check page's row for it is `checkRowId(anchor)`. */
	anchor: string;
	/** The question, with the way back to this answer on the check page. */
	href: string;
}

export interface ReviewSection {
	heading: string;
	rows: ReviewRow[];
}

/** The page shows text as typed (the browser draws every character), in its own direction among labels. */
const asTyped = ownWords;

export function answerLines(field: Field, p: Preparation): string[] {
	return answerParagraphs(field, p, { locale: getLanguage(), clean: asTyped }, null, true).map(
		(line) => line.text
	);
}

const row = (field: Field, p: Preparation, page: string): ReviewRow => ({
	label: field.label(),
	lines: answerLines(field, p),
	anchor: field.name,
	href: changeHref(page, field.name)
});

/** The parent's topics as the agenda plans them, each with its minutes. */
function topicLines(p: Preparation): string[] {
	return agendaPlan(p).items.flatMap((item) =>
		item.kind === 'topic' ? [`${ownWords(item.text)} (${m.minutes_short({ minutes: item.minutes })})`] : []
	);
}

export function reviewSections(p: Preparation): ReviewSection[] {
	const agenda = agendaHref(p.id);
	return [
		{ heading: m.details_title(), rows: ABOUT_MEETING.map((q) => row(q, p, detailsHref(p.id))) },
		...STEPS.map((step) => ({
			heading: `${step.number}. ${step.title()}`,
			rows: step.fields.map((field) => row(field, p, stepHref(p.id, step.number)))
		})),
		{
			heading: m.agenda_title(),
			rows: [
				{
					label: m.agenda_topics_heading(),
					lines: topicLines(p),
					anchor: 'topics-title',
					href: changeHref(agenda, 'topics-title')
				},
				row(questions, p, agenda)
			]
		}
	];
}
