/**
 * Progress through the ten steps, computed from the answers and never stored (after alphagov/forms-runner):
 * each step's status, where "Doorgaan" and "Terug" lead, and where the parent is overall.
 */
import type { Preparation } from '$lib/model/preparation';
import { isFilled } from '$lib/questions/question';
import { STEPS, type Step } from './steps';

export type StepStatus = 'not-started' | 'in-progress' | 'done';

export function stepStatus(step: Step, p: Preparation): StepStatus {
	const filled = step.fields.filter((field) => isFilled(field, p)).length;
	if (filled === 0) return 'not-started';
	const done = step.done ? step.done(p) : filled === step.fields.length;
	return done ? 'done' : 'in-progress';
}

/** Where a step's buttons lead: a step number, or one of the pages around the steps. */
export type Place = { step: number } | { page: 'overview' | 'agenda' | 'check' };

export function nextPlace(stepNumber: number): Place {
	return stepNumber < STEPS.length ? { step: stepNumber + 1 } : { page: 'agenda' };
}

export function previousPlace(stepNumber: number): Place {
	return stepNumber > 1 ? { step: stepNumber - 1 } : { page: 'overview' };
}

/** The first step that is not done yet, to offer "go on where you left off". */
export function firstOpenStep(p: Preparation): Step | undefined {
	return STEPS.find((step) => stepStatus(step, p) !== 'done');
}
