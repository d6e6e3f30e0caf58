/**
 * What the parent's own page says ("Voor mezelf"): the private crib sheet to hold at the table, never meant
 * for the school. The sentence to open with, then every answer the registry puts on this page, step by
 * step in the app's order, and the reminders that keep a parent calm: a pause, time to think, nothing to
 * sign at the table.
 */
import { meetingTypeShort } from '$lib/i18n/labels';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import { IN_TITLE, meetingNote } from '$lib/questions/details';
import { answerParagraphs, type Clean, type Print } from '$lib/questions/print';
import { printsOn, type Field } from '$lib/questions/question';
import { lookBack } from '$lib/questions/registry';
import { appreciate } from '$lib/questions/steps';
import { STEPS } from '$lib/steps/steps';
import { meetingDetails, type PageContent } from './agenda-content';
import type { Block } from './layout';

export function ownContent(prep: Preparation, clean: Clean): PageContent {
	const locale = prep.language;
	const o = { locale } as const;
	const print: Print = { locale, clean };
	const title = clean(
		m.pdf_own_title({ child: prep.child.firstName, meeting: meetingTypeShort[prep.meeting.type]({}, o) }, o),
		m.start_child_name_label({}, o)
	);
	const own = (fields: readonly Field[], bare = false) =>
		fields
			.filter((f) => printsOn(f, 'own') && f !== appreciate && !IN_TITLE.includes(f))
			.flatMap((f) => answerParagraphs(f, prep, print, 'own', bare));

	const blocks: Block[] = [
		{ paragraphs: [{ text: m.pdf_own_private({}, o), bold: true }] },
		{ heading: m.pdf_own_opening({}, o), paragraphs: answerParagraphs(appreciate, prep, print, 'own', true) },
		...STEPS.map((step) => ({ heading: step.title({}, o), paragraphs: own(step.fields) })),
		{ heading: m.pdf_look_back({}, o), paragraphs: own([lookBack]) },
		{ heading: meetingNote.label({}, o), paragraphs: own([meetingNote], true) },
		{
			heading: m.pdf_own_calm({}, o),
			keepAll: true,
			paragraphs: [m.pdf_own_pause({}, o), m.pdf_own_think({}, o), m.pdf_own_sign({}, o)].map((text) => ({
				text,
				bullet: true
			}))
		}
	].filter((block) => block.paragraphs.length > 0);

	return { title, details: meetingDetails(prep, print), blocks };
}
