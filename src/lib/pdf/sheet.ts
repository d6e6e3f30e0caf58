/**
 * The agreement sheet: the record of the meeting that the parent hands back to the school. Before the
 * meeting it lists the parent's proposals, marked as proposals; once agreements are written down after the
 * meeting, it lists each of them once, and the proposals not taken over in a part of their own. Then blank
 * rows to fill in at the table, the evaluation meeting (as agreed, or the parent's proposal, marked so), who
 * writes the record and a box to tick when it was received and checked. A4; a new page only when the rows
 * do not fit, with the table header repeated.
 */
import { evaluationOf } from '$lib/agreements/evaluation';
import { missingParts } from '$lib/agreements/smart';
import { madeAgreements, proposedAgreements } from '$lib/questions/agreements';
import { meetingPlace } from '$lib/questions/details';
import { labelledText, recordLine, type Print } from '$lib/questions/print';
import { whoInvites } from '$lib/questions/registry';
import { whoWritesRecord } from '$lib/questions/steps';
import { formatDate } from '$lib/i18n/dates';
import { meetingTypeShort } from '$lib/i18n/labels';
import { fileName } from '$lib/model/file-name';
import type { Agreement, Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import type { PDFPage } from 'pdf-lib';
import {
	A4,
	createCanvas,
	drawFooter,
	INK,
	LINE,
	MARGIN,
	MUTED,
	type Canvas,
	type FontFiles
} from './document';
import { LINE_HEIGHT, shorten, wrap } from './layout';
import type { Made } from './names';
import { pageCursor, type PageCursor } from './page-cursor';

const SIZE = 9;
const PAD = 4;
/** Share of the table width per column: what, who, by when, how we see it works, evaluation. */
const COLUMNS = [0.3, 0.16, 0.13, 0.26, 0.15];
/** A cell or closing answer longer than this is shortened with a marker; the full text is in the app. */
const MAX_CELL_LINES = 12;
const MAX_TAIL_LINES = 4;
const BLANK_ROWS = 4;
const BLANK_ROW_HEIGHT = 42;
const TAIL_SIZE = 10;
const FIELD_GAP = 34;

export async function makeSheet(prep: Preparation, fonts: FontFiles): Promise<Made> {
	const locale = prep.language;
	const o = { locale } as const;
	const child = prep.child.firstName;
	const title = m.pdf_sheet_title({ child, meeting: meetingTypeShort[prep.meeting.type]({}, o) }, o);
	const canvas = await createCanvas(fonts, locale);
	const cleanTitle = canvas.clean(title, m.start_child_name_label({}, o));
	canvas.doc.setTitle(cleanTitle, { showInWindowTitleBar: true });
	const width = A4.width - 2 * MARGIN;
	const xs = COLUMNS.reduce<number[]>((acc, share, i) => [...acc, acc[i]! + share * width], [MARGIN]);
	const cellLines = (text: string, column: number, bold = false) =>
		shorten(
			wrap(text, xs[column + 1]! - xs[column]! - 2 * PAD, SIZE, bold, canvas.metrics),
			MAX_CELL_LINES,
			m.pdf_more({}, o)
		);
	const header = [
		m.pdf_sheet_what({}, o),
		m.pdf_sheet_who({}, o),
		m.pdf_sheet_when({}, o),
		m.pdf_sheet_how({}, o),
		m.pdf_sheet_evaluation({}, o)
	].map((h, i) => cellLines(h, i, true));
	const headerHeight = rowHeight(header);
	const drawHeader = (c: PageCursor) => {
		drawRow(canvas, c.page, xs, c.y, header, headerHeight, true);
		c.down(headerHeight);
	};
	const cursor = pageCursor(canvas, drawHeader);

	for (const line of wrap(cleanTitle, width, 16, true, canvas.metrics).slice(0, 2)) {
		cursor.down(16);
		cursor.page.drawText(line, { x: MARGIN, y: cursor.y, size: 16, font: canvas.bold });
		cursor.down(5);
	}
	const details = [
		formatDate(prep.meeting.date, locale, true),
		canvas.clean(meetingPlace.get(prep).trim(), meetingPlace.label({}, o))
	]
		.filter(Boolean)
		.join(' · ');
	cursor.down(13);
	cursor.page.drawText(wrap(details, width, 10, false, canvas.metrics)[0]!, {
		x: MARGIN,
		y: cursor.y,
		size: 10,
		font: canvas.regular,
		color: MUTED
	});
	cursor.down(14);
	drawHeader(cursor);

	const print: Print = { locale, clean: canvas.clean };
	const { rows, openProposals } = sheetRows(prep, print);
	const marker = openProposals === null ? m.pdf_sheet_proposal({}, o) : '';
	for (const cells of [
		...rows.map((a) => agreementCells(a, marker, print).map((text, i) => cellLines(text, i))),
		...Array.from({ length: BLANK_ROWS }, () => COLUMNS.map(() => [] as string[]))
	]) {
		const height = Math.max(rowHeight(cells), cells.every((c) => c.length === 0) ? BLANK_ROW_HEIGHT : 0);
		cursor.room(height);
		drawRow(canvas, cursor.page, xs, cursor.y, cells, height, false);
		cursor.down(height);
	}

	if (openProposals?.length) {
		const lines = openProposals.map((text) => wrap(text, width - 12, SIZE + 0.5, false, canvas.metrics));
		const heading = m.pdf_sheet_open_proposals({}, o);
		cursor.down(10);
		cursor.room(TAIL_SIZE * LINE_HEIGHT + (lines[0]?.length ?? 1) * SIZE * LINE_HEIGHT);
		cursor.down(TAIL_SIZE * LINE_HEIGHT);
		cursor.page.drawText(heading, { x: MARGIN, y: cursor.y, size: TAIL_SIZE, font: canvas.bold });
		cursor.down(4);
		for (const proposal of lines) {
			proposal.forEach((line, n) => {
				cursor.room(SIZE * LINE_HEIGHT);
				cursor.down((SIZE + 0.5) * LINE_HEIGHT);
				if (n === 0)
					cursor.page.drawText('•', { x: MARGIN + 2, y: cursor.y, size: SIZE + 0.5, font: canvas.regular });
				cursor.page.drawText(line, {
					x: MARGIN + 12,
					y: cursor.y,
					size: SIZE + 0.5,
					font: canvas.regular,
					color: INK
				});
			});
		}
	}

	drawTail(canvas, cursor, prep);
	for (const page of canvas.doc.getPages()) drawFooter(canvas, page, m.pdf_footer({}, o));

	return {
		bytes: await canvas.doc.save(),
		fileName: fileName([child, m.pdf_sheet_file({}, o), prep.meeting.date], 'pdf'),
		replacedIn: [...canvas.replacedIn]
	};
}

/**
 * The table's rows and the proposals listed apart. Before the meeting (no agreement written down yet) the
 * rows are the proposals and nothing is apart (null); after it, the rows are the agreements made and apart
 * are the proposals that no agreement was taken over from.
 */
function sheetRows(prep: Preparation, print: Print): { rows: Agreement[]; openProposals: string[] | null } {
	const proposals = proposedAgreements.list(prep).filter((a) => a.what.trim());
	const made = madeAgreements.list(prep).filter((a) => missingParts(a).length < 4 || a.note.trim());
	if (made.length === 0) return { rows: proposals, openProposals: null };
	const taken = new Set(made.map((a) => a.fromProposal));
	const open = proposals.filter((a) => !taken.has(a.id));
	return { rows: made, openProposals: open.map((a) => recordLine(proposedAgreements, a, print, 'sheet')) };
}

/** The cells of a row: what (with the note of an agreement made), who, by when, how we see it works. */
function agreementCells(a: Agreement, marker: string, print: Print): string[] {
	const o = { locale: print.locale } as const;
	const part = (name: string) => recordLine(madeAgreements, a, print, null, [name]);
	const what = part('what');
	const note = part('note');
	return [
		[marker && what ? `${marker} ${what}` : what, note && labelledText(m.after_note_label({}, o), note)]
			.filter(Boolean)
			.join('\n'),
		part('who'),
		part('byWhen'),
		part('howWeSee'),
		''
	];
}

function rowHeight(cells: string[][]): number {
	return Math.max(1, ...cells.map((c) => c.length)) * SIZE * LINE_HEIGHT + 2 * PAD;
}

function drawRow(
	canvas: Canvas,
	page: PDFPage,
	xs: number[],
	top: number,
	cells: string[][],
	height: number,
	bold: boolean
) {
	const font = bold ? canvas.bold : canvas.regular;
	cells.forEach((lines, i) => {
		page.drawRectangle({
			x: xs[i]!,
			y: top - height,
			width: xs[i + 1]! - xs[i]!,
			height,
			borderColor: LINE,
			borderWidth: 0.6
		});
		lines.forEach((line, n) => {
			if (line) {
				page.drawText(line, {
					x: xs[i]! + PAD,
					y: top - PAD - SIZE - n * SIZE * LINE_HEIGHT + 1.5,
					size: SIZE,
					font,
					color: INK
				});
			}
		});
	});
}

/**
 * The evaluation meeting, who invites, who writes the record and the checked-record box: each a label with
 * a line to write on. What was settled at the meeting is printed on the line; the parent's own proposal
 * under it, marked as a proposal.
 */
function drawTail(canvas: Canvas, cursor: PageCursor, prep: Preparation) {
	const o = { locale: prep.language } as const;
	const right = A4.width - MARGIN;
	const evaluation = evaluationOf(prep);
	const when =
		evaluation.date &&
		(evaluation.time
			? m.date_at_time({ date: formatDate(evaluation.date, prep.language, true), time: evaluation.time }, o)
			: formatDate(evaluation.date, prep.language, true));
	const record = whoWritesRecord.get(prep).trim();
	const fields = [
		{
			label: m.pdf_sheet_evaluation_meeting({}, o),
			value: evaluation.agreed ? when : '',
			proposal: evaluation.agreed || !when ? '' : m.pdf_sheet_proposed({ value: when }, o)
		},
		{
			label: m.pdf_sheet_invites({}, o),
			value: canvas.clean(evaluation.whoInvites, whoInvites.label({}, o)),
			proposal: ''
		},
		{
			label: m.pdf_sheet_record_by({}, o),
			value: '',
			proposal: record
				? m.pdf_sheet_proposed({ value: canvas.clean(record, whoWritesRecord.label({}, o)) }, o)
				: ''
		}
	].map((f) => {
		const start = MARGIN + canvas.metrics.width(f.label, TAIL_SIZE, true) + 6;
		const more = m.pdf_more({}, o);
		return {
			...f,
			start,
			value: f.value
				? shorten(wrap(f.value, right - start - 4, TAIL_SIZE, false, canvas.metrics), 1, more)[0]!
				: '',
			proposal: f.proposal
				? shorten(wrap(f.proposal, right - MARGIN, 8.5, false, canvas.metrics), MAX_TAIL_LINES, more)
				: []
		};
	});
	const height =
		22 +
		fields.reduce((sum, f) => sum + FIELD_GAP + Math.max(0, f.proposal.length - 1) * 8.5 * LINE_HEIGHT, 0) +
		FIELD_GAP;
	cursor.room(height);
	cursor.down(22);
	const page = cursor.page;
	for (const f of fields) {
		page.drawText(f.label, { x: MARGIN, y: cursor.y, size: TAIL_SIZE, font: canvas.bold });
		page.drawLine({
			start: { x: f.start, y: cursor.y - 2 },
			end: { x: right, y: cursor.y - 2 },
			thickness: 0.5,
			color: LINE
		});
		if (f.value)
			page.drawText(f.value, {
				x: f.start + 4,
				y: cursor.y + 1,
				size: TAIL_SIZE,
				font: canvas.regular,
				color: INK
			});
		f.proposal.forEach((line, n) => {
			page.drawText(line, {
				x: MARGIN,
				y: cursor.y - 13 - n * 8.5 * LINE_HEIGHT,
				size: 8.5,
				font: canvas.regular,
				color: MUTED
			});
		});
		cursor.down(FIELD_GAP + Math.max(0, f.proposal.length - 1) * 8.5 * LINE_HEIGHT);
	}

	page.drawRectangle({
		x: MARGIN,
		y: cursor.y - 2,
		width: 11,
		height: 11,
		borderColor: INK,
		borderWidth: 0.8
	});
	const checked = m.pdf_sheet_record_checked({}, o);
	page.drawText(checked, { x: MARGIN + 18, y: cursor.y, size: TAIL_SIZE, font: canvas.regular });
	const after = MARGIN + 18 + canvas.metrics.width(checked, TAIL_SIZE, false) + 6;
	page.drawLine({
		start: { x: after, y: cursor.y - 2 },
		end: { x: Math.min(after + 120, right), y: cursor.y - 2 },
		thickness: 0.5,
		color: LINE
	});
	cursor.down(FIELD_GAP);
}
