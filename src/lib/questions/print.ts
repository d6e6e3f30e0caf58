/**
 * An answer as printed text: what the documents (and the timeline) show of a question, in the document's
 * language. Texts go through `clean`, which makes them printable and remembers which field needed it. On a
 * bilingual page the app's own words (a question, a choice, a date) also come in the second language
 * (`Paragraph.also`); what the parent typed never does: it is printed once, as typed.
 */
import { formatDate } from '$lib/i18n/dates';
import type { Language } from '$lib/model/constants';
import type { Preparation } from '$lib/model/preparation';
import type { Paragraph } from '$lib/pdf/layout';
import type { Field, Paper, RecordsField, RecordSubField } from './question';

/**
 * Makes a text printable; `field` names the parent's answer it is, so that the parent hears which one had
 * characters replaced (the app's own words name none).
 */
export type Clean = (raw: string, field?: string) => string;

export interface Print {
	locale: Language;
	clean: Clean;
	/** A bilingual page's second language. */
	also?: Language;
}

/** "Sterk in:" but "Wat helpt jou?": a question needs no colon (nor does an Arabic one, "؟"). */
const asLead = (label: string) => `${label}${/[?:؟]$/.test(label) ? '' : ':'}`;

/** "Sterk in: tekenen", but "Wat helpt jou? Als juf zegt…". */
export function labelledText(label: string, value: string): string {
	return `${asLead(label)} ${value}`;
}

/** A choice's label, or '' for "not known yet". */
function optionText(
	options: readonly { value: string; label: Field['label'] }[],
	value: string,
	o: { locale: Language }
) {
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

/** A record's choices and dates in the page's second language, when it has any (the rest the parent typed). */
function recordAlso<R extends { id: string }>(
	field: RecordsField<R>,
	record: R,
	o: Print,
	paper: Paper | null
) {
	if (!o.also) return undefined;
	const second = { ...o, locale: o.also };
	const text = field.fields
		.filter((sub) => sub.kind === 'choice' || sub.kind === 'date')
		.filter((sub) => onPaper(field, sub, paper))
		.map((sub) => partText(sub, record, second))
		.filter(Boolean)
		.join(' — ');
	return text ? o.clean(text) : undefined;
}

/** Each record of a question that has something to print on `paper`, as a bullet on one line. */
export function recordBullets<R extends { id: string }>(
	field: RecordsField<R>,
	p: Preparation,
	o: Print,
	paper: Paper | null
): Paragraph[] {
	return field.list(p).flatMap((record) => {
		const text = recordLine(field, record, o, paper);
		const also = recordAlso(field, record, o, paper);
		return text ? [{ text, bullet: true, ...(also && { also }) }] : [];
	});
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
	const second = o.also && { locale: o.also };
	/**
	 * The answer after its question in bold, or alone under a heading that says it already. On a bilingual
	 * page the question follows in the second language, with `value` when the answer is the app's words.
	 */
	const labelled = (text: string, value?: string): Paragraph => {
		if (bare) return { text };
		const also = second && o.clean(`${asLead(field.label({}, second))} ${value ?? ''}`.trim());
		return { lead: asLead(label), text, ...(also && { also }) };
	};
	switch (field.kind) {
		case 'lines':
			return field
				.get(p)
				.filter((line) => line.text.trim())
				.map((line) => ({ text: o.clean(line.text.trim(), label), bullet: true }));
		case 'records':
			if (field.labelled) return labelledRecords(field as RecordsField, p, o, paper);
			return recordBullets(field as RecordsField, p, o, paper);
		case 'choice': {
			const text = optionText(field.options, field.get(p), o);
			return text ? [labelled(text, second && optionText(field.options, field.get(p), second))] : [];
		}
		case 'date': {
			const value = field.get(p);
			return value ? [labelled(formatDate(value, o.locale), second && formatDate(value, second.locale))] : [];
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
