/**
 * What the blank worksheet asks, as plain data and in the app's order: the start form, the meeting's
 * details, the ten steps and the agenda page. The questions are the app's own (the question registry and
 * its messages), so paper and screen ask the same. Where each thing goes on the page is worksheet.ts's job.
 */
import type { Localized } from '$lib/i18n/labels';
import type { Language } from '$lib/model/constants';
import { m } from '$lib/messages';
import {
	childAge,
	childName,
	childSchool,
	meetingDate,
	meetingDuration,
	meetingNote,
	meetingPlace,
	meetingTime,
	meetingType
} from '$lib/questions/details';
import type { Field, RecordSubField } from '$lib/questions/question';
import { questions } from '$lib/questions/registry';
import { STEPS } from '$lib/steps/steps';

export type Entry =
	/** Level 1 names a list of records ("Who is coming from the school?"), level 2 one record ("Person 1"). */
	| { kind: 'heading'; text: string; level: 1 | 2 }
	| { kind: 'choice'; label: string; options: string[]; sub: boolean }
	| {
			kind: 'writing';
			label: string;
			lines: number;
			sub: boolean;
			/** One line per item, numbered. */
			numbered?: boolean;
			/** A small place for minutes after each line, under a column heading, and their total. */
			minutes?: { heading: string; total: string };
	  };

type Writing = Extract<Entry, { kind: 'writing' }>;

export interface Section {
	caption?: string;
	title: string;
	intro?: string;
	entries: Entry[];
}

export interface WorksheetPlan {
	title: string;
	intro: string;
	/** The start form's questions, before the first section. */
	start: Entry[];
	sections: Section[];
}

/** Lines for a free text: a few for a long answer, fewer inside a record, which repeats. */
const TEXTAREA_LINES = 3;
const RECORD_TEXTAREA_LINES = 2;
/** Numbered lines for a list (outcomes, strengths, questions): enough to start, like the app's first rows. */
const LIST_LINES = 4;
/** Topics on the paper agenda. */
const TOPICS = 5;

type ItemLabel = (inputs: { n: number }, options: { locale: Language }) => string;
/** How many records the paper offers, and what each is called, per records field. */
const RECORDS: Record<string, { count: number; item: ItemLabel }> = {
	'people-school': { count: 3, item: m.field_people_item },
	'people-parent': { count: 2, item: m.field_people_item },
	wishes: { count: 2, item: m.field_feasibility_item },
	agreements: { count: 3, item: m.field_agreements_item }
};

export function worksheetPlan(language: Language): WorksheetPlan {
	const o = { locale: language } as const;
	const t = (text: Localized) => text({}, o);
	const writing = (label: Localized, lines = 1, sub = false): Writing => ({
		kind: 'writing',
		label: t(label),
		lines,
		sub
	});
	const choice = (label: Localized, options: readonly { label: Localized }[], sub = false): Entry => ({
		kind: 'choice',
		label: t(label),
		options: options.map((option) => t(option.label)),
		sub
	});
	const subField = (field: RecordSubField<{ id: string }>): Entry =>
		field.kind === 'choice'
			? choice(field.label, field.options, true)
			: writing(field.label, field.kind === 'textarea' ? RECORD_TEXTAREA_LINES : 1, true);
	const entries = (field: Field): Entry[] => {
		switch (field.kind) {
			case 'choice':
				return [choice(field.label, field.options)];
			case 'lines':
				return [{ ...writing(field.label, Math.min(field.max, LIST_LINES)), numbered: true }];
			case 'records': {
				const records = RECORDS[field.name];
				const count = Math.min(field.max, records?.count ?? 2);
				return [
					{ kind: 'heading', text: t(field.label), level: 1 },
					...Array.from({ length: count }, (_, i): Entry[] => [
						{ kind: 'heading', text: records?.item({ n: i + 1 }, o) ?? `${i + 1}.`, level: 2 },
						...field.fields.map(subField)
					]).flat()
				];
			}
			default:
				return [writing(field.label, field.kind === 'textarea' ? TEXTAREA_LINES : 1)];
		}
	};

	return {
		title: m.pdf_worksheet_title({}, o),
		intro: m.pdf_worksheet_intro({}, o),
		start: [childName, meetingType, meetingDate].flatMap(entries),
		sections: [
			{
				title: m.details_title({}, o),
				entries: [
					...[childAge, childSchool].flatMap(entries),
					// The page's own inputs for the time and the length, which are not questions of their own.
					writing(meetingTime.label),
					writing(meetingDuration.label),
					...[meetingPlace, meetingNote].flatMap(entries)
				]
			},
			...STEPS.map((step) => ({
				caption: m.step_caption({ n: step.number, total: STEPS.length }, o),
				title: t(step.title),
				intro: t(step.intro),
				// The meeting type is the start form's question, already asked at the top.
				entries: step.fields.filter((field) => field !== meetingType).flatMap(entries)
			})),
			{
				title: m.agenda_title({}, o),
				intro: m.pdf_worksheet_agenda_intro({}, o),
				entries: [
					{
						...writing(m.agenda_topic_text_label, TOPICS),
						numbered: true,
						minutes: { heading: m.agenda_topic_minutes_label({}, o), total: m.agenda_plan_total({}, o) }
					},
					...entries(questions)
				]
			}
		]
	};
}
