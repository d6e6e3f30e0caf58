/**
 * What the agenda says, as plain data: a title, a line of meeting details, and blocks of text. The PDF
 * (agenda.ts) and the print page draw the same content. Every text of the parent goes through `clean`.
 */
import { formatDate } from '$lib/i18n/dates';
import { childAttendsSentence, meetingTypeShort, roleInText } from '$lib/i18n/labels';
import type { Agreement, Attendee, Language, Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import { agendaPlan, type AgendaItem } from '$lib/steps/agenda';
import type { Block, Paragraph } from './layout';
import { lookBackDecisionLabel, lookBackStatusLabel } from '$lib/agreements/fields';

export interface AgendaContent {
	title: string;
	details: string;
	blocks: Block[];
}

/** Cleans a text of the parent for printing; `field` names it when something had to be replaced. */
export type Clean = (raw: string, field: string) => string;

export function agendaContent(prep: Preparation, clean: Clean): AgendaContent {
	const locale = prep.language;
	const o = { locale } as const;
	const child = prep.child.firstName;
	const title = clean(
		m.pdf_agenda_title({ child, meeting: meetingTypeShort[prep.meeting.type]({}, o) }, o),
		m.start_child_name_label({}, o)
	);
	const details = [
		formatDate(prep.meeting.date, locale, true),
		prep.meeting.startTime && m.pdf_time({ time: prep.meeting.startTime }, o),
		m.pdf_duration({ minutes: prep.meeting.durationMinutes }, o),
		prep.meeting.place && clean(prep.meeting.place, m.details_place_label({}, o))
	]
		.filter(Boolean)
		.join(' · ');

	const text = (raw: string, field: () => string) => clean(raw.trim(), field());
	const person = (a: Attendee) => {
		const explained = a.roleText.trim();
		// "Iemand anders" is named by its explanation; any other role keeps it beside the name.
		const role = a.role === 'other' && explained ? explained : roleInText[a.role]({}, o);
		const extra = a.role !== 'other' && explained ? ` (${explained})` : '';
		const name = a.name.trim();
		return text(name ? `${role}: ${name}${extra}` : `${role}${extra}`, () => m.step_people_title({}, o));
	};
	const school = prep.answers.people.attendees.filter((a) => a.side === 'school');
	const ours = prep.answers.people.attendees.filter((a) => a.side === 'parent');
	const attends = prep.answers.people.childAttends;
	const plan = agendaPlan(prep);
	const itemText: Record<Exclude<AgendaItem['kind'], 'topic'>, string> = {
		opening: m.agenda_item_opening({}, o),
		lookBack: m.agenda_item_look_back({}, o),
		agreements: m.agenda_item_agreements({}, o),
		closing: m.agenda_item_closing({}, o)
	};
	const outcomes = prep.answers.purpose.outcomes.filter((l) => l.text.trim());
	const about = prep.answers;
	// "Wat helpt jou? Als juf zegt…" but "Sterk in: tekenen": a question needs no colon.
	const labelled = (label: string, value: string, field: () => string): Paragraph[] =>
		value.trim() ? [{ text: `${label}${/[?:]$/.test(label) ? '' : ':'} ${text(value, field)}` }] : [];
	const bullets = (lines: { text: string }[], field: () => string): Paragraph[] =>
		lines.filter((l) => l.text.trim()).map((l) => ({ text: text(l.text, field), bullet: true }));

	const blocks: Block[] = [
		{
			heading: m.step_people_title({}, o),
			paragraphs: [
				...(school.length ? [{ text: `${m.pdf_from_school({}, o)} ${school.map(person).join(' · ')}` }] : []),
				{ text: `${m.pdf_with_me({}, o)} ${[m.pdf_me({}, o), ...ours.map(person)].join(' · ')}` },
				...(attends !== 'unknown'
					? [
							{
								text: clean(childAttendsSentence[attends]({ child }, o), m.start_child_name_label({}, o))
							}
						]
					: [])
			]
		},
		{
			heading: m.pdf_look_back({}, o),
			paragraphs: prep.lookBack
				.filter((l) => l.agreement.trim())
				.map((l) => ({
					bullet: true,
					text: [
						text(l.agreement, () => m.look_back_label({}, o)),
						l.who.trim() && text(l.who, () => m.look_back_label({}, o)),
						l.status !== 'unknown' && lookBackStatusLabel[l.status]({}, o),
						l.decision !== 'unknown' && lookBackDecisionLabel[l.decision]({}, o)
					]
						.filter(Boolean)
						.join(' — ')
				}))
		},
		{
			heading: m.pdf_outcomes({}, o),
			paragraphs: outcomes.length
				? bullets(outcomes, () => m.field_purpose_outcomes_label({}, o))
				: labelled(m.field_purpose_why_label({}, o), about.purpose.why, () =>
						m.field_purpose_why_label({}, o)
					)
		},
		{
			heading: m.pdf_agenda_heading({ minutes: plan.duration }, o),
			keepAll: true,
			paragraphs: plan.items.map((item, i) => ({
				text: `${i + 1}. ${item.kind === 'topic' ? text(item.text, () => m.agenda_topics_heading({}, o)) : itemText[item.kind]}`,
				aside: m.pdf_minutes({ minutes: item.minutes }, o)
			}))
		},
		{
			heading: m.pdf_about_child({ child: clean(child, m.start_child_name_label({}, o)) }, o),
			paragraphs: [
				...labelled(
					m.pdf_strengths({}, o),
					about.goesWell.strengths
						.map((s) => s.text.trim().replace(/[.;]+$/, ''))
						.filter(Boolean)
						.join(' · '),
					() => m.field_strengths_label({}, o)
				),
				...labelled(m.pdf_helps({}, o), about.homeSchool.worksAtHome || about.picture.needsToFeelWell, () =>
					m.field_home_works_label({}, o)
				),
				...labelled(m.pdf_hard({}, o), about.picture.hard, () => m.field_picture_hard_label({}, o))
			]
		},
		{
			heading: m.pdf_child_says({ child: clean(child, m.start_child_name_label({}, o)) }, o),
			paragraphs: [
				...labelled(m.field_child_goes_well_label({}, o), about.childVoice.goesWell, () =>
					m.step_child_voice_title({}, o)
				),
				...labelled(m.field_child_hard_label({}, o), about.childVoice.hard, () =>
					m.step_child_voice_title({}, o)
				),
				...labelled(m.field_child_helps_label({}, o), about.childVoice.helps, () =>
					m.step_child_voice_title({}, o)
				),
				...labelled(m.field_child_wish_label({}, o), about.childVoice.wish, () =>
					m.step_child_voice_title({}, o)
				)
			]
		},
		{
			heading: m.field_questions_label({}, o),
			paragraphs: bullets(prep.questions, () => m.field_questions_label({}, o))
		},
		{
			heading: m.pdf_proposals({}, o),
			paragraphs: about.agreements.proposed
				.filter((a) => a.what.trim())
				.map((a) => ({ bullet: true, text: agreementLine(a, locale, clean) }))
		},
		{
			heading: m.pdf_evaluation({}, o),
			paragraphs: [
				...(about.evaluation.proposedDate
					? [{ text: m.pdf_evaluation_date({ date: formatDate(about.evaluation.proposedDate, locale) }, o) }]
					: []),
				...labelled(m.field_record_label({}, o), about.evaluation.whoWritesRecord, () =>
					m.field_record_label({}, o)
				)
			]
		}
	].filter((block) => block.paragraphs.length > 0);

	return { title, details, blocks };
}

/** An agreement in one line: what — who — by when, each part cleaned for printing. */
export function agreementLine(
	a: Pick<Agreement, 'what' | 'who' | 'byWhen'>,
	locale: Language,
	clean: Clean
): string {
	const o = { locale } as const;
	return [
		clean(a.what.trim(), m.field_agreement_what({}, o)),
		a.who.trim() && clean(a.who.trim(), m.field_agreement_who({}, o)),
		a.byWhen && formatDate(a.byWhen, locale)
	]
		.filter(Boolean)
		.join(' — ');
}
