/**
 * Check-your-answers as a pure mapping: every step, every question, and what the parent answered as
 * lines of text (an empty list means "Niet ingevuld"), written as the documents write them.
 */
import type { Preparation } from '$lib/model/preparation';
import { getLocale } from '$lib/paraglide/runtime';
import { answerParagraphs } from '$lib/questions/print';
import type { Field } from '$lib/questions/question';
import { STEPS, type Step } from './steps';

export interface ReviewRow {
	step: Step;
	field: Field;
	lines: string[];
}

/** The page shows text as typed: the browser draws every character. */
const asTyped = (raw: string) => raw;

export function answerLines(field: Field, p: Preparation): string[] {
	return answerParagraphs(field, p, { locale: getLocale(), clean: asTyped }, null, true).map(
		(line) => line.text
	);
}

export function reviewRows(p: Preparation): ReviewRow[] {
	return STEPS.flatMap((step) => step.fields.map((field) => ({ step, field, lines: answerLines(field, p) })));
}
