/**
 * What the agreement sheet says, as plain data: its title and details, the table's rows, the proposals
 * listed apart and the closing fields. Before the meeting (nothing written down yet) the rows are the
 * parent's proposals, marked so; after it, each agreement made once, and apart the proposals that no
 * agreement came from. The evaluation is what was settled at the meeting, else the parent's proposal.
 */
import { evaluationOf } from '$lib/agreements/evaluation';
import { isWrittenDown } from '$lib/agreements/smart';
import { formatDate } from '$lib/i18n/dates';
import { meetingTypeShort } from '$lib/i18n/labels';
import type { Agreement, Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { madeAgreements, proposedAgreements } from '$lib/questions/agreements';
import { meetingPlace } from '$lib/questions/details';
import { labelledText, recordLine, type Print } from '$lib/questions/print';
import { whoInvites } from '$lib/questions/registry';
import { whoWritesRecord } from '$lib/questions/steps';

export interface TailField {
	label: string;
	/** Printed on the line: what was settled. */
	value: string;
	/** Printed under the line, muted: the parent's proposal, marked as one. */
	proposal: string;
}

export interface SheetContent {
	title: string;
	details: string;
	header: string[];
	/** Each row's cells: what, who, by when, how we see it works, and an empty one for the evaluation. */
	rows: string[][];
	/** The proposals no agreement came from, one line each; null before the meeting. */
	openProposals: string[] | null;
	tail: TailField[];
	/** The box to tick when the record was received and checked. */
	checked: string;
}

export function sheetContent(prep: Preparation, print: Print): SheetContent {
	const o = { locale: print.locale } as const;
	const { clean } = print;
	const title = m.pdf_sheet_title(
		{ child: prep.child.firstName, meeting: meetingTypeShort[prep.meeting.type]({}, o) },
		o
	);
	const proposals = proposedAgreements.list(prep).filter(isWrittenDown);
	const made = madeAgreements.list(prep).filter(isWrittenDown);
	const taken = new Set(made.map((a) => a.fromProposal));
	const after = made.length > 0;
	const marker = after ? '' : m.pdf_sheet_proposal({}, o);
	return {
		title: clean(title, m.start_child_name_label({}, o)),
		details: [
			formatDate(prep.meeting.date, print.locale, true),
			clean(meetingPlace.get(prep).trim(), meetingPlace.label({}, o))
		]
			.filter(Boolean)
			.join(' · '),
		header: [
			m.pdf_sheet_what({}, o),
			m.pdf_sheet_who({}, o),
			m.pdf_sheet_when({}, o),
			m.pdf_sheet_how({}, o),
			m.pdf_sheet_evaluation({}, o)
		],
		rows: (after ? made : proposals).map((a) => cells(a, marker, print)),
		openProposals: after
			? proposals
					.filter((a) => !taken.has(a.id))
					.map((a) => recordLine(proposedAgreements, a, print, 'sheet'))
			: null,
		tail: tailFields(prep, print),
		checked: m.pdf_sheet_record_checked({}, o)
	};
}

/** What (with the note of an agreement made), who, by when, how we see it works, and the evaluation's cell. */
function cells(a: Agreement, marker: string, print: Print): string[] {
	const part = (name: string) => recordLine(madeAgreements, a, print, null, [name]);
	const what = part('what');
	const note = part('note');
	return [
		[
			marker && what ? `${marker} ${what}` : what,
			note && labelledText(m.after_note_label({}, { locale: print.locale }), note)
		]
			.filter(Boolean)
			.join('\n'),
		part('who'),
		part('byWhen'),
		part('howWeSee'),
		''
	];
}

function tailFields(prep: Preparation, { locale, clean }: Print): TailField[] {
	const o = { locale } as const;
	const evaluation = evaluationOf(prep);
	const day = evaluation.date && formatDate(evaluation.date, locale, true);
	const when = day && evaluation.time ? m.date_at_time({ date: day, time: evaluation.time }, o) : day;
	const record = whoWritesRecord.get(prep).trim();
	return [
		{
			label: m.pdf_sheet_evaluation_meeting({}, o),
			value: evaluation.agreed ? when : '',
			proposal: evaluation.agreed || !when ? '' : m.pdf_sheet_proposed({ value: when }, o)
		},
		{
			label: m.pdf_sheet_invites({}, o),
			value: clean(evaluation.whoInvites, whoInvites.label({}, o)),
			proposal: ''
		},
		{
			label: m.pdf_sheet_record_by({}, o),
			value: '',
			proposal: record ? m.pdf_sheet_proposed({ value: clean(record, whoWritesRecord.label({}, o)) }, o) : ''
		}
	];
}
