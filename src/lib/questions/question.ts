/**
 * The kinds of question the app asks, as plain data: what to show (label, hint, example), where the
 * answer lives in the preparation (its path), the limits the schema sets there, and the documents it is
 * printed on. Pages render these, check-your-answers lists them and the documents print them; nothing
 * else names an answer's place. No Svelte here, so flow logic, documents and tests use the same data.
 */
import type { Localized } from '$lib/i18n/labels';
import type { Preparation } from '$lib/model/preparation';
import type { Path } from './schema-at';

export type { Path } from './schema-at';

/** A message function, called at render time so that it follows the current language. */
export type Text = Localized;

/**
 * The documents an answer is printed on: the agenda (for the table and the school), the parent's own
 * page (private, never the school's) and the agreement sheet.
 */
export type Paper = 'agenda' | 'own' | 'sheet';

interface Base {
	/** Unique on its page; the input's id and the anchor that error and change links point to. */
	name: string;
	label: Text;
	hint?: Text;
	/** An example answer, shown on request. */
	example?: Text;
	paper: readonly Paper[];
}

export interface TextField extends Base {
	kind: 'text' | 'textarea';
	path: Path;
	maxLength: number;
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

export interface ChoiceField extends Base {
	kind: 'choice';
	path: Path;
	options: readonly { value: string; label: Text }[];
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

export interface DateField extends Base {
	kind: 'date';
	path: Path;
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

/** A time of day (hh:mm), or '' when not known yet. */
export interface TimeField extends Base {
	kind: 'time';
	path: Path;
	get(p: Preparation): string;
	set(p: Preparation, value: string): void;
}

/** A whole number within the schema's range (the meeting's length in minutes). */
export interface NumberField extends Base {
	kind: 'number';
	path: Path;
	min: number;
	max: number;
	/** Null while the input is empty. */
	get(p: Preparation): number | null;
	set(p: Preparation, value: number | null): void;
}

export interface Line {
	id: string;
	text: string;
}

/** A short list of lines (outcomes, strengths, questions). */
export interface LinesField extends Base {
	kind: 'lines';
	path: Path;
	max: number;
	maxLength: number;
	addLabel: Text;
	itemLabel: (n: number) => string;
	get(p: Preparation): Line[];
}

export interface SubShown {
	/** The record's key it reads and writes; also part of the input's id. */
	name: string;
	label: Text;
	hint?: Text;
	example?: Text;
	/** The documents this part is printed on, when not those of its list. */
	paper?: readonly Paper[];
}

export type Options = readonly { value: string; label: Text }[];

/** One question about each record of a list. */
export type RecordSubField<R> = SubShown & {
	get(r: R): string;
	set(r: R, v: string): void;
} & (
		{ kind: 'text' | 'textarea'; maxLength: number } | { kind: 'date' } | { kind: 'choice'; options: Options }
	);

/** A record just removed and where it stood, so that it can be put back. */
export interface Removed<R> {
	record: R;
	index: number;
}

/** A list of records with their own questions (people, wishes, agreements). */
export interface RecordsField<R extends { id: string } = { id: string }> extends Base {
	kind: 'records';
	path: Path;
	max: number;
	addLabel: Text;
	removeLabel: Text;
	itemLabel: (n: number) => string;
	/** The records this question shows (a filter over a longer list, for people). */
	list(p: Preparation): R[];
	/** Whether one more fits: the limit counts the whole list, also when this question shows part of it. */
	canAdd(p: Preparation): boolean;
	add(p: Preparation): void;
	/** Removes the record; gives it back with its place in the whole list, to put it back on request. */
	remove(p: Preparation, id: string): Removed<R> | undefined;
	restore(p: Preparation, removed: Removed<R>): void;
	fields: readonly RecordSubField<R>[];
	/** A gentle hint under a record, or '' (the SMART hints on agreements). */
	recordHint?(record: R, p: Preparation): string;
	/** On paper, each part after the first goes with its question ("Kan dit in de klas? Een deel"). */
	labelled?: boolean;
}

export type Field = TextField | ChoiceField | DateField | TimeField | NumberField | LinesField | RecordsField;

/** Whether the parent has answered a question: any non-blank text, any line or record with content. */
export function isFilled(field: Field, p: Preparation): boolean {
	switch (field.kind) {
		case 'lines':
			return field.get(p).some((line) => line.text.trim() !== '');
		case 'records':
			return field.list(p).length > 0;
		case 'choice':
			return field.get(p) !== '' && field.get(p) !== 'unknown';
		case 'number':
			return field.get(p) !== null;
		default:
			return field.get(p).trim() !== '';
	}
}

type TextPart<R> = Extract<RecordSubField<R>, { kind: 'text' | 'textarea' }>;

/** The text question about a record's `name` (the agenda page draws its topics itself). */
export function textPart<R extends { id: string }>(field: RecordsField<R>, name: string): TextPart<R> {
	const part = field.fields.find((f) => f.name === name);
	if (part?.kind !== 'text' && part?.kind !== 'textarea') throw new Error(`No text part ${name}`);
	return part as TextPart<R>;
}

/** Whether any part of a question's answer is printed on `paper`. */
export function printsOn(field: Field, paper: Paper): boolean {
	return (
		field.paper.includes(paper) ||
		(field.kind === 'records' && field.fields.some((sub) => sub.paper?.includes(paper)))
	);
}

/** Every word a question shows: its label, hint, example and choices, and those of a record's parts. */
export function wordsOf(field: Field): string[] {
	const shown = (s: SubShown, options: Options = []) => [
		s.label(),
		s.hint?.() ?? '',
		s.example?.() ?? '',
		...options.map((o) => o.label())
	];
	const parts =
		field.kind === 'records'
			? field.fields.flatMap((sub) => shown(sub, sub.kind === 'choice' ? sub.options : []))
			: [];
	return [...shown(field, field.kind === 'choice' ? field.options : []), ...parts];
}
