/**
 * An answer as printed text: what the documents (and the timeline) show of a question, in the document's
 * language. Texts go through `clean`, which makes them printable and remembers which field needed it.
 */
import { formatDate } from '$lib/i18n/dates';
import type { Language } from '$lib/model/constants';
import type { Preparation } from '$lib/model/preparation';
import type { Paragraph } from '$lib/pdf/layout';
import type { Field, Paper, RecordsField, RecordSubField } from './question';

/** Cleans a text of the parent for printing; `field` names it when something had to be replaced. */
export type Clean = (raw: string, field: string) => string;

export interface Print {
	locale: Language;
	clean: Clean;
}

/** "Sterk in:" but "Wat helpt jou?": a question needs no colon (nor does an Arabic one, "؟"). */
const asLead = (label: string) => `${label}${/[?:؟]$/.test(label) ? '' : ':'}`;

/** "Sterk in: tekenen", but "Wat helpt jou? Als juf zegt…". */
export function labelledText(label: string, value: string): string {
	return `${asLead(label)} ${value}`;
}

/** A choice's label, or '' for "not known yet". */
function optionText(options: readonly { value: string; label: Field['label'] }[], value: string, o: Print) {
	if (value === '' || value === 'unknown') return '';
	return options.find((option) => option.value === value)?.label({}, { locale: o.locale }) ?? '';
}

function partText<R>(sub: RecordSubField<R>, record: R, o: Print): string {
	const value = sub.get(record);
	if (sub.kind === 'choice') return optionText(sub.options, value, o);
	if (sub.kind === 'date') return value ? formatDate(value, o.locale) : '';
	return value.trim() ? o.clean(value.trim(), sub.label({}, { locale: o.locale })) : '';
}

/**
 * A record on one line, its parts joined by " — ": those printed on `paper` (all when null), or the
 * parts named in `only`. Empty parts are left out.
 */
export function recordLine<R extends { id: string }>(
	field: RecordsField<R>,
	record: R,
	o: Print,
	paper: Paper | null,
	only?: readonly string[]
): string {
	return field.fields
		.filter((sub) => (only ? only.includes(sub.name) : onPaper(field, sub, paper)))
		.map((sub) => partText(sub, record, o))
		.filter(Boolean)
		.join(' — ');
}

const onPaper = <R>(field: RecordsField<R & { id: string }>, sub: RecordSubField<R>, paper: Paper | null) =>
	!paper || (sub.paper ?? field.paper).includes(paper);

/** Each record as a bullet with its first part, then each other part after its question in bold. */
function labelledRecords<R extends { id: string }>(
	field: RecordsField<R>,
	p: Preparation,
	o: Print,
	paper: Paper | null
): Paragraph[] {
	const parts = field.fields.filter((sub) => onPaper(field, sub, paper));
	return field.list(p).flatMap((record) => {
		const [first, ...rest] = parts.map((sub) => ({ sub, text: partText(sub, record, o) }));
		const answered = rest.filter(({ text }) => text);
		if (!first?.text && answered.length === 0) return [];
		return [
			{ text: first?.text ?? '', bullet: true },
			...answered.map(({ sub, text }) => ({ lead: asLead(sub.label({}, { locale: o.locale })), text }))
		];
	});
}

/** The records of a question that have something to print on `paper`. */
export function recordLines<R extends { id: string }>(
	field: RecordsField<R>,
	p: Preparation,
	o: Print,
	paper: Paper | null
): string[] {
	return field
		.list(p)
		.map((record) => recordLine(field, record, o, paper))
		.filter(Boolean);
}

/**
 * What `field` prints on `paper`: a labelled paragraph (the answer alone when `bare`, under a heading
 * that says it already), or a bullet per line or record.
 */
export function answerParagraphs(
	field: Field,
	p: Preparation,
	o: Print,
	paper: Paper | null,
	bare = false
): Paragraph[] {
	const label = field.label({}, { locale: o.locale });
	/** The answer after its question in bold, or alone under a heading that says it already. */
	const labelled = (text: string): Paragraph => (bare ? { text } : { lead: asLead(label), text });
	switch (field.kind) {
		case 'lines':
			return field
				.get(p)
				.filter((line) => line.text.trim())
				.map((line) => ({ text: o.clean(line.text.trim(), label), bullet: true }));
		case 'records':
			if (field.labelled) return labelledRecords(field as RecordsField, p, o, paper);
			return recordLines(field as RecordsField, p, o, paper).map((text) => ({ text, bullet: true }));
		case 'choice': {
			const text = optionText(field.options, field.get(p), o);
			return text ? [labelled(text)] : [];
		}
		case 'date': {
			const value = field.get(p);
			return value ? [labelled(formatDate(value, o.locale))] : [];
		}
		case 'number': {
			const value = field.get(p);
			return value === null ? [] : [labelled(String(value))];
		}
		default: {
			const value = field.get(p).trim();
			return value ? [labelled(o.clean(value, label))] : [];
		}
	}
}
