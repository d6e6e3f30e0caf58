/**
 * What the agenda says, as plain data: for the table and for sending to the school beforehand. The meeting,
 * who attends, what the parent wants to achieve, the topics with minutes, the child's own words, the
 * parent's questions, the proposals and the evaluation the parent proposes. Every answer comes from the
 * question registry and goes through `clean`; the PDF (agenda.ts) and the print page draw the same content.
 */
import { formatDate } from '$lib/i18n/dates';
import { agendaItemLabel, childAttendsSentence, meetingTypeShort, roleInText } from '$lib/i18n/labels';
import type { Attendee, ChildAttendance, Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { proposedAgreements } from '$lib/questions/agreements';
import { childAge, childSchool, IN_TITLE, meetingPlace } from '$lib/questions/details';
import { printsOn, type Field } from '$lib/questions/question';
import { answerParagraphs, recordLines, type Clean, type Print } from '$lib/questions/print';
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
	title: string;
	details: string;
	blocks: Block[];
}

/** The meeting in one line: date, time, length, place, and the child's group and school. */
export function meetingDetails(prep: Preparation, o: Print): string {
	const opts = { locale: o.locale } as const;
	const text = (field: typeof meetingPlace) => {
		const value = field.get(prep).trim();
		return value && o.clean(value, field.label({}, opts));
	};
	return (
		[
			formatDate(prep.meeting.date, o.locale, true),
			prep.meeting.startTime && m.pdf_time({ time: prep.meeting.startTime }, opts),
			m.pdf_duration({ minutes: prep.meeting.durationMinutes }, opts),
			text(meetingPlace),
			text(childAge),
			text(childSchool)
		]
			// The meeting is often at the child's school: the same name once.
			.filter((part, i, parts) => part && parts.indexOf(part) === i)
			.join(' · ')
	);
}

export function agendaContent(prep: Preparation, clean: Clean): PageContent {
	const locale = prep.language;
	const o = { locale } as const;
	const print: Print = { locale, clean };
	const child = clean(prep.child.firstName, m.start_child_name_label({}, o));
	const title = clean(
		m.pdf_agenda_title(
			{ child: prep.child.firstName, meeting: meetingTypeShort[prep.meeting.type]({}, o) },
			o
		),
		m.start_child_name_label({}, o)
	);
	const peopleLabel = m.step_people_title({}, o);
	const person = (a: Attendee) => {
		const explained = a.roleText.trim();
		// "Iemand anders" is named by its explanation; any other role keeps it beside the name.
		const role = a.role === 'other' && explained ? explained : roleInText[a.role]({}, o);
		const extra = a.role !== 'other' && explained ? ` (${explained})` : '';
		const name = a.name.trim();
		return clean(name ? `${role}: ${name}${extra}` : `${role}${extra}`, peopleLabel);
	};
	const school = schoolPeople.list(prep);
	const attends = childAttends.get(prep) as ChildAttendance;
	const plan = agendaPlan(prep);
	const topicLabel = topics.label({}, o);
	/** The paragraphs of the questions that go on the agenda. */
	const on = (fields: readonly Field[]): Paragraph[] =>
		fields
			.filter((f) => printsOn(f, 'agenda') && !IN_TITLE.includes(f))
			.flatMap((f) => answerParagraphs(f, prep, print, 'agenda'));
	const evaluationDate = proposedEvaluationDate.get(prep);

	const blocks: Block[] = [
		{
			heading: peopleLabel,
			paragraphs: [
				...(school.length ? [{ text: `${m.pdf_from_school({}, o)} ${school.map(person).join(' · ')}` }] : []),
				{
					text: `${m.pdf_with_me({}, o)} ${[m.pdf_me({}, o), ...myPeople.list(prep).map(person)].join(' · ')}`
				},
				...(attends !== 'unknown'
					? [{ text: clean(childAttendsSentence[attends]({ child: prep.child.firstName }, o), peopleLabel) }]
					: [])
			]
		},
		{
			heading: m.pdf_look_back({}, o),
			paragraphs: recordLines(lookBack, prep, print, 'agenda').map((text) => ({ text, bullet: true }))
		},
		{ heading: m.pdf_outcomes({}, o), paragraphs: on(STEP_QUESTIONS.purpose) },
		{
			heading: m.pdf_agenda_heading({ minutes: plan.duration }, o),
			keepAll: true,
			paragraphs: plan.items.map((item, i) => ({
				label: `${i + 1}.`,
				text: item.kind === 'topic' ? clean(item.text.trim(), topicLabel) : agendaItemLabel[item.kind]({}, o),
				aside: m.pdf_minutes({ minutes: item.minutes }, o)
			}))
		},
		{ heading: m.pdf_child_says({ child }, o), paragraphs: on(STEP_QUESTIONS.childVoice) },
		{ heading: questions.label({}, o), paragraphs: on([questions]) },
		{ heading: m.pdf_proposals({}, o), paragraphs: on([proposedAgreements]) },
		{
			heading: m.pdf_evaluation({}, o),
			paragraphs: [
				...(evaluationDate
					? [{ text: m.pdf_evaluation_date({ date: formatDate(evaluationDate, locale) }, o) }]
					: []),
				...on([whoWritesRecord])
			]
		}
	].filter((block) => block.paragraphs.length > 0);

	return { title, details: meetingDetails(prep, print), blocks };
}
