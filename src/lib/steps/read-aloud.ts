/**
 * What "Lees voor" reads on a step: its title, its intro, and each question with its hint, from the same
 * message functions the page shows. Never an answer: those are read only by the button beside each one.
 */
import type { Step } from './steps';

export function stepReading(step: Step): string[] {
	return [
		step.title(),
		step.intro(),
		...step.fields.flatMap((field) => [field.label(), field.hint?.() ?? ''])
	].filter((text) => text.trim() !== '');
}
