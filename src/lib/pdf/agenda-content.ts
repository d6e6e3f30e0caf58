/**
 * What the agenda says, as plain data: for the table and for sending to the school beforehand. The meeting,
 * who attends, what the parent wants to achieve, the topics with minutes, the child's own words, the
 * parent's questions, the proposals and the evaluation the parent proposes. Every answer comes from the
 * question registry and goes through `clean`; the PDF (agenda.ts) and the print page draw the same content.
 * A bilingual agenda (model/paper-languages.ts) says each heading and each of the app's own words in the
 * parent's language too (the `also` texts); the parent's answers are printed once, as typed.
 */
import { formatDate } from '$lib/i18n/dates';
import { languageInfo } from '$lib/i18n/languages';
import { agendaItemLabel, childAttendsSentence, meetingTypeShort, roleInText } from '$lib/i18n/labels';
import { agendaSecond } from '$lib/model/paper-languages';
import type { Attendee, ChildAttendance, Language, Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { proposedAgreements } from '$lib/questions/agreements';
import { childAge, childSchool, IN_TITLE, meetingPlace } from '$lib/questions/details';
import { printsOn, type Field } from '$lib/questions/question';
import { answerParagraphs, recordBullets, type Clean, type Print } from '$lib/questions/print';
import { lookBack, questions, topics } from '$lib/questions/registry';
import {
	childAttends,
	myPeople,
	proposedEvaluationDate,
	schoolPeople,
	STEP_QUESTIONS,
	whoWritesRecord
} from '$lib/questions/steps';
import { agendaPlan } from '$lib/agenda/plan';
import type { Block, Paragraph } from './layout';

export type { Clean } from '$lib/questions/print';

export interface PageContent {
	/** The language of the page. */
	language: Language;
	title: string;
	details: string;
	blocks: Block[];
	/** A bilingual page: its second language, and the title and the details' fixed words in it. */
	also?: Language;
	titleAlso?: string;
	detailsAlso?: string;
}

type In = { locale: Language };

/** When the meeting is: the date, the time and the length. */
const meetingWhen = (prep: Preparation, o: In) => [
	formatDate(prep.meeting.date, o.locale, true),
	prep.meeting.startTime && m.pdf_time({ time: prep.meeting.startTime }, o),
	m.pdf_duration({ minutes: prep.meeting.durationMinutes }, o)
];

/** The meeting in one line: date, time, length, place, and the child's group and school. */
export function meetingDetails(prep: Preparation, o: Print): string {
	const opts = { locale: o.locale } as const;
	const text = (field: typeof meetingPlace) => {
		const value = field.get(prep).trim();
		return value && o.clean(value, field.label({}, opts));
	};
	return (
		[...meetingWhen(prep, opts), text(meetingPlace), text(childAge), text(childSchool)]
			// The meeting is often at the child's school: the same name once.
			.filter((part, i, parts) => part && parts.indexOf(part) === i)
			.join(' · ')
	);
}

export function agendaContent(prep: Preparation, clean: Clean): PageContent {
	const locale = prep.language;
	const o = { locale } as const;
	const second = agendaSecond(prep);
	const print: Print = { locale, clean, also: second };
	/** The app's own words in the second language, as a paragraph's `also`; nothing on a page in one language. */
	const alsoOf = (words: (o: In) => string) => (second ? { also: clean(words({ locale: second })) } : {});
	const both = (words: (o: In) => string) => ({ text: words(o), ...alsoOf(words) });
	const block = (heading: (o: In) => string, paragraphs: Paragraph[], keepAll = false): Block => {
		const { text, also } = both(heading);
		return { heading: text, ...(also && { headingAlso: also }), paragraphs, ...(keepAll && { keepAll }) };
	};
	const child = clean(prep.child.firstName, m.start_child_name_label({}, o));
	const titleIn = (o: In) =>
		m.pdf_agenda_title(
			{ child: prep.child.firstName, meeting: meetingTypeShort[prep.meeting.type]({}, o) },
			o
		);
	const title = clean(titleIn(o), m.start_child_name_label({}, o));
	const peopleLabel = m.step_people_title({}, o);
	const person = (a: Attendee) => {
		const explained = a.roleText.trim();
		// "Iemand anders" is named by its explanation; any other role keeps it beside the name.
		const role = a.role === 'other' && explained ? explained : roleInText[a.role]({}, o);
		const extra = a.role !== 'other' && explained ? ` (${explained})` : '';
		const name = a.name.trim();
		return clean(name ? `${role}: ${name}${extra}` : `${role}${extra}`, peopleLabel);
	};
	/** In the second language, the people by their roles only: their names are printed once, beside the first. */
	const roles = (people: Attendee[], o: In) => people.map((a) => roleInText[a.role]({}, o));
	const school = schoolPeople.list(prep);
	const mine = myPeople.list(prep);
	const attends = childAttends.get(prep) as ChildAttendance;
	const attendsSentence = (o: In) =>
		attends === 'unknown' ? '' : childAttendsSentence[attends]({ child: prep.child.firstName }, o);
	const plan = agendaPlan(prep);
	const topicLabel = topics.label({}, o);
	/** The paragraphs of the questions that go on the agenda. */
	const on = (fields: readonly Field[]): Paragraph[] =>
		fields
			.filter((f) => printsOn(f, 'agenda') && !IN_TITLE.includes(f))
			.flatMap((f) => answerParagraphs(f, prep, print, 'agenda'));
	const evaluationDate = proposedEvaluationDate.get(prep);

	const blocks: Block[] = [
		block(
			(o) => m.step_people_title({}, o),
			[
				...(school.length
					? [
							{
								text: `${m.pdf_from_school({}, o)} ${school.map(person).join(' · ')}`,
								...alsoOf((o) => `${m.pdf_from_school({}, o)} ${roles(school, o).join(' · ')}`)
							}
						]
					: []),
				{
					text: `${m.pdf_with_me({}, o)} ${[m.pdf_me({}, o), ...mine.map(person)].join(' · ')}`,
					...alsoOf((o) => `${m.pdf_with_me({}, o)} ${[m.pdf_me({}, o), ...roles(mine, o)].join(' · ')}`)
				},
				...(attends !== 'unknown'
					? [
							{
								text: clean(attendsSentence(o), peopleLabel),
								// The page's own words around the child's name, which may be in Arabic letters.
								...(languageInfo(locale).dir === 'ltr' ? { dir: 'ltr' as const } : {}),
								...alsoOf(attendsSentence)
							}
						]
					: [])
			]
		),
		block((o) => m.pdf_look_back({}, o), recordBullets(lookBack, prep, print, 'agenda')),
		block((o) => m.pdf_outcomes({}, o), on(STEP_QUESTIONS.purpose)),
		block(
			(o) => m.pdf_agenda_heading({ minutes: plan.duration }, o),
			plan.items.map((item, i) => ({
				label: `${i + 1}.`,
				...(item.kind === 'topic'
					? { text: clean(item.text.trim(), topicLabel) }
					: both((o) => agendaItemLabel[item.kind as Exclude<typeof item.kind, 'topic'>]({}, o))),
				aside: m.pdf_minutes({ minutes: item.minutes }, o)
			})),
			true
		),
		block((o) => m.pdf_child_says({ child }, o), on(STEP_QUESTIONS.childVoice)),
		block((o) => questions.label({}, o), on([questions])),
		block((o) => m.pdf_proposals({}, o), on([proposedAgreements])),
		block(
			(o) => m.pdf_evaluation({}, o),
			[
				...(evaluationDate
					? [both((o) => m.pdf_evaluation_date({ date: formatDate(evaluationDate, o.locale) }, o))]
					: []),
				...on([whoWritesRecord])
			]
		)
	].filter((block) => block.paragraphs.length > 0);

	const details = meetingDetails(prep, print);
	if (!second) return { language: locale, title, details, blocks };
	const also = { locale: second };
	const detailsAlso = clean(meetingWhen(prep, also).filter(Boolean).join(' · '));
	return {
		language: locale,
		title,
		details,
		blocks,
		also: second,
		titleAlso: clean(titleIn(also)),
		detailsAlso
	};
}
