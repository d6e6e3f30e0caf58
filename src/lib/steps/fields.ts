/**
 * The kinds of question a step can ask, as plain data: what to show (label, hint, example) and where the
 * answer lives in the preparation (get/set). Step pages render these; check-your-answers reads them.
 * No Svelte here, so flow logic and tests can use the same definitions.
 */
import type { Preparation } from '$lib/model/preparation';

import type { Localized } from '$lib/i18n/labels';

/** A message function, called at render time so that it follows the current language. */
export type Text = Localized;

interface Base {
	/** Unique on its page; the input's id and the anchor that error and change links point to. */
	name: string;
	label: Text;
	hint?: Text;
	/** An example answer, shown on request. */
	example?: Text;
}

export interface TextField extends Base {
	kind: 'text' | 'textarea';
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

export interface ChoiceField extends Base {
	kind: 'choice';
	options: readonly { value: string; label: Text }[];
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

export interface DateField extends Base {
	kind: 'date';
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

/** A short list of lines (outcomes, strengths, questions). */
export interface LinesField extends Base {
	kind: 'lines';
	max: number;
	addLabel: Text;
	itemLabel: (n: number) => string;
	get(p: Preparation): { id: string; text: string }[];
}

/** A list of records with their own fields (people, wishes, agreements). */
export interface RecordsField<R extends { id: string } = { id: string }> extends Base {
	kind: 'records';
	max: number;
	addLabel: Text;
	removeLabel: Text;
	itemLabel: (n: number) => string;
	/** The records this field shows (a filter over a longer list, for people). */
	list(p: Preparation): R[];
	add(p: Preparation): void;
	remove(p: Preparation, id: string): void;
	fields: readonly RecordSubField<R>[];
	/** A gentle hint under a record, or '' (the SMART hints on agreements). */
	recordHint?(record: R, p: Preparation): string;
}

export type RecordSubField<R> =
	| (Base & { kind: 'text' | 'textarea' | 'date'; get(r: R): string; set(r: R, v: string): void })
	| (Base & {
			kind: 'choice';
			options: readonly { value: string; label: Text }[];
			get(r: R): string;
			set(r: R, v: string): void;
	  });

type StringKeys<R> = { [K in keyof R]: R[K] extends string ? K : never }[keyof R] & string;

/** A free-text or date question about a record's field `key`; the question is named after the field. */
export function recordQuestion<R>(
	kind: 'text' | 'textarea' | 'date',
	key: StringKeys<R>,
	label: Text,
	hint?: Text
): RecordSubField<R> {
	return {
		kind,
		name: key,
		label,
		hint,
		get: (r) => r[key] as string,
		set: (r, v) => {
			(r as Record<string, unknown>)[key] = v;
		}
	};
}

export type Field = TextField | ChoiceField | DateField | LinesField | RecordsField;

/** Whether the parent has answered a field: any non-blank text, any line or record with content. */
export function isFilled(field: Field, p: Preparation): boolean {
	switch (field.kind) {
		case 'lines':
			return field.get(p).some((line) => line.text.trim() !== '');
		case 'records':
			return field.list(p).length > 0;
		case 'choice':
			return field.get(p) !== '' && field.get(p) !== 'unknown';
		default:
			return field.get(p).trim() !== '';
	}
}
