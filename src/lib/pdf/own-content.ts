/**
 * What the parent's own page says ("Voor mezelf"): the private crib sheet to hold at the table, never meant
 * for the school. The sentence to open with, then every answer the registry puts on this page, step by
 * step in the app's order, the topics left off the agenda, and how the parent keeps calm with the
 * reminders that help: a pause, time to think, nothing to sign at the table.
 */
import { meetingTypeShort, whatToBring } from '$lib/i18n/labels';
import { ownPageLanguage } from '$lib/model/paper-languages';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { IN_TITLE, meetingNote } from '$lib/questions/details';
import { answerParagraphs, type Clean, type Print } from '$lib/questions/print';
import { printsOn, type Field } from '$lib/questions/question';
import { lookBack, topics } from '$lib/questions/registry';
import { appreciate, keepCalm } from '$lib/questions/steps';

/** Answers with a place of their own on the page, not under their step. */
const APART: readonly unknown[] = [appreciate, keepCalm];
import { STEPS } from '$lib/steps/steps';
import { meetingDetails, type PageContent } from './agenda-content';
import type { Block } from './layout';

export function ownContent(prep: Preparation, clean: Clean): PageContent {
	const locale = ownPageLanguage(prep);
	const o = { locale } as const;
	const print: Print = { locale, clean };
	const title = clean(
		m.pdf_own_title({ child: prep.child.firstName, meeting: meetingTypeShort[prep.meeting.type]({}, o) }, o),
		m.start_child_name_label({}, o)
	);
	const own = (fields: readonly Field[], bare = false) =>
		fields
			.filter((f) => printsOn(f, 'own') && !APART.includes(f) && !IN_TITLE.includes(f))
			.flatMap((f) => answerParagraphs(f, prep, print, 'own', bare));

	const reminders = [m.pdf_own_pause({}, o), m.pdf_own_think({}, o), m.pdf_own_sign({}, o)];
	/** A reminder the parent already wrote in their own words is not printed again. */
	const said = (reminder: string) =>
		keepCalm.get(prep).toLocaleLowerCase().includes(reminder.replace(/\.$/, '').toLocaleLowerCase());

	const blocks: Block[] = [
		{ paragraphs: [{ text: m.pdf_own_private({}, o), bold: true }] },
		{ heading: m.pdf_own_opening({}, o), paragraphs: answerParagraphs(appreciate, prep, print, 'own', true) },
		...STEPS.map((step) => ({ heading: step.title({}, o), paragraphs: own(step.fields) })),
		{ heading: m.pdf_look_back({}, o), paragraphs: own([lookBack]) },
		{ heading: meetingNote.label({}, o), paragraphs: own([meetingNote], true) },
		{
			heading: m.bring_heading({}, o),
			paragraphs: whatToBring[prep.meeting.type].map((item) => ({ text: item({}, o), bullet: true }))
		},
		{
			heading: m.pdf_own_topics_off({}, o),
			paragraphs: topics
				.list(prep)
				.filter((topic) => !topic.onAgenda && topic.text.trim())
				.map((topic) => ({ text: clean(topic.text.trim(), topics.label({}, o)), bullet: true }))
		},
		{
			heading: m.pdf_own_calm({}, o),
			keepAll: true,
			paragraphs: [
				...answerParagraphs(keepCalm, prep, print, 'own', true),
				...reminders.filter((text) => !said(text)).map((text) => ({ text, bullet: true }))
			]
		}
	].filter((block) => block.paragraphs.length > 0);

	return { language: locale, title, details: meetingDetails(prep, print), blocks };
}
