/**
 * Check-your-answers as a pure mapping: every step, every question, and what the parent answered as
 * lines of text (an empty list means "Niet ingevuld"). Choices are shown with their label.
 */
import { formatDate } from '$lib/i18n/titles';
import type { Preparation } from '$lib/model/preparation';
import type { Field } from './fields';
import { STEPS, type Step } from './steps';

export interface ReviewRow {
	step: Step;
	field: Field;
	lines: string[];
}

export function answerLines(field: Field, p: Preparation): string[] {
	switch (field.kind) {
		case 'lines':
			return field
				.get(p)
				.map((line) => line.text.trim())
				.filter(Boolean);
		case 'records':
			return field
				.list(p)
				.map((record) =>
					field.fields
						.map((sub) => {
							const value = sub.get(record).trim();
							if (sub.kind === 'choice') return sub.options.find((o) => o.value === value)?.label() ?? '';
							return sub.kind === 'date' && value ? formatDate(value) : value;
						})
						.filter(Boolean)
						.join(' – ')
				)
				.filter(Boolean);
		case 'choice': {
			const value = field.get(p);
			if (value === '' || value === 'unknown') return [];
			return [field.options.find((o) => o.value === value)?.label() ?? value];
		}
		case 'date': {
			const value = field.get(p);
			return value ? [formatDate(value)] : [];
		}
		default: {
			const value = field.get(p).trim();
			return value ? [value] : [];
		}
	}
}

export function reviewRows(p: Preparation): ReviewRow[] {
	return STEPS.flatMap((step) => step.fields.map((field) => ({ step, field, lines: answerLines(field, p) })));
}
