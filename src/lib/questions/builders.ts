/**
 * Building questions from an options object: each reads its limits from the schema (schema-at.ts), gets
 * and sets its answer by its path, and a list's new record starts at the schema's defaults.
 */
import { getAt, setAt } from '$lib/model/path';
import { newId } from '$lib/model/create';
import type { Preparation } from '$lib/model/preparation';
import type {
	ChoiceField,
	DateField,
	Line,
	LinesField,
	NumberField,
	Options,
	Paper,
	RecordsField,
	RecordSubField,
	SubShown,
	Text,
	TextField,
	TimeField
} from './question';
import { maxItemsAt, maxLengthAt, newItemAt, rangeAt, type Path } from './schema-at';

/** "purpose-why" from ['answers', 'purpose', 'why']: the last two keys. */
const nameOf = (path: Path) => path.slice(-2).join('-');

interface Shown {
	label: Text;
	hint?: Text;
	example?: Text;
	paper: readonly Paper[];
	/** Defaults to the last two keys of the path. */
	name?: string;
}

/** The parts every question about one place shares: its name, and reading and writing its answer. */
function at<T>(o: { path: Path; name?: string }) {
	return {
		name: o.name ?? nameOf(o.path),
		get: (p: Preparation) => getAt(p, o.path) as T,
		set: (p: Preparation, value: T) => setAt(p, o.path, value)
	};
}

export function textQuestion(o: Shown & { path: Path; kind?: 'text' | 'textarea' }): TextField {
	return {
		...o,
		kind: o.kind ?? 'textarea',
		maxLength: maxLengthAt(o.path),
		...at<string>(o)
	};
}

export function choiceQuestion(
	o: Shown & { path: Path; options: readonly { value: string; label: Text }[] }
): ChoiceField {
	return {
		...o,
		kind: 'choice',
		...at<string>(o)
	};
}

export function dateQuestion(o: Shown & { path: Path }): DateField {
	return {
		...o,
		kind: 'date',
		...at<string>(o)
	};
}

export function timeQuestion(o: Shown & { path: Path }): TimeField {
	return {
		...o,
		kind: 'time',
		...at<string>(o)
	};
}

export function numberQuestion(o: Shown & { path: Path }): NumberField {
	return {
		...o,
		kind: 'number',
		...rangeAt(o.path),
		...at<number | null>(o)
	};
}

export function linesQuestion(
	o: Shown & { path: Path; addLabel: Text; itemLabel: (n: number) => string }
): LinesField {
	return {
		...o,
		kind: 'lines',
		name: o.name ?? nameOf(o.path),
		max: maxItemsAt(o.path),
		maxLength: maxLengthAt([...o.path, '*', 'text']),
		get: (p) => getAt(p, o.path) as Line[]
	};
}

/** A question about a record's field, as written in the registry; `recordsQuestion` adds its limit. */
export type SubQuestion<R> = SubShown & { name: keyof R & string } & (
		{ kind: 'text' | 'textarea' | 'date' } | { kind: 'choice'; options: Options }
	);

export function recordsQuestion<R extends { id: string }>(
	o: Shown & {
		path: Path;
		name: string;
		addLabel: Text;
		removeLabel: Text;
		itemLabel: (n: number) => string;
		fields: readonly SubQuestion<R>[];
		labelled?: boolean;
		/** Only the records this question is about (the people of one side). */
		only?: Partial<R>;
		/** Values a new record starts with, besides the schema's defaults. */
		start?: (p: Preparation) => Partial<R>;
		recordHint?(record: R, p: Preparation): string;
	}
): RecordsField<R> {
	const all = (p: Preparation) => getAt(p, o.path) as R[];
	const matches = (r: R) =>
		Object.entries(o.only ?? {}).every(([key, value]) => (r as Record<string, unknown>)[key] === value);
	const max = maxItemsAt(o.path);
	return {
		...o,
		kind: 'records',
		max,
		list: (p) => all(p).filter(matches),
		canAdd: (p) => all(p).length < max,
		add: (p) => all(p).push(newItemAt<R>(o.path, { id: newId(), ...o.start?.(p), ...o.only })),
		remove: (p, id) => {
			const index = all(p).findIndex((r) => r.id === id);
			if (index === -1) return undefined;
			const record = all(p)[index]!;
			setAt(
				p,
				o.path,
				all(p).filter((r) => r.id !== id)
			);
			return { record, index };
		},
		restore: (p, { record, index }) => {
			if (!all(p).some((r) => r.id === record.id)) all(p).splice(index, 0, record);
		},
		fields: o.fields.map((sub) => ({
			...sub,
			...(sub.kind === 'text' || sub.kind === 'textarea'
				? { maxLength: maxLengthAt([...o.path, '*', sub.name]) }
				: {}),
			get: (r: R) => r[sub.name] as string,
			set: (r: R, v: string) => {
				(r as Record<string, unknown>)[sub.name] = v;
			}
		})) as RecordSubField<R>[]
	};
}
