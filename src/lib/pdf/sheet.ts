/**
 * The agreement sheet: what was agreed (and what the parent proposes), who does it, by when, how we will
 * see it works — plus blank rows to fill in at the table, the evaluation meeting, who writes the record,
 * a box to tick when the record was received and checked, and initials. A4; a new page only when the rows
 * do not fit, with the table header repeated.
 */
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
import { LINE_HEIGHT, wrap } from './layout';
import type { Made } from './names';

const SIZE = 9;
const PAD = 4;
/** Share of the table width per column: what, who, by when, how we see it works, evaluation. */
const COLUMNS = [0.3, 0.16, 0.13, 0.26, 0.15];
/** A cell longer than this is shortened with a marker; the full text is in the app. */
const MAX_CELL_LINES = 12;
const BLANK_ROWS = 4;
const BLANK_ROW_HEIGHT = 42;
/** Height the closing part (evaluation, record, initials) needs. */
const TAIL_HEIGHT = 210;

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
	const headers = [
		m.pdf_sheet_what({}, o),
		m.pdf_sheet_who({}, o),
		m.pdf_sheet_when({}, o),
		m.pdf_sheet_how({}, o),
		m.pdf_sheet_evaluation({}, o)
	];

	let page = canvas.addPage();
	let y = A4.height - MARGIN;
	for (const line of wrap(cleanTitle, width, 16, true, canvas.metrics).slice(0, 2)) {
		y -= 16;
		page.drawText(line, { x: MARGIN, y, size: 16, font: canvas.bold });
		y -= 5;
	}
	const details = [
		formatDate(prep.meeting.date, locale, true),
		canvas.clean(prep.meeting.place, m.details_place_label({}, o))
	]
		.filter(Boolean)
		.join(' · ');
	y -= 13;
	page.drawText(wrap(details, width, 10, false, canvas.metrics)[0]!, {
		x: MARGIN,
		y,
		size: 10,
		font: canvas.regular,
		color: MUTED
	});
	y -= 14;

	const cellLines = (text: string, column: number, bold = false) => {
		const lines = wrap(text, xs[column + 1]! - xs[column]! - 2 * PAD, SIZE, bold, canvas.metrics);
		if (lines.length <= MAX_CELL_LINES) return lines;
		return [...lines.slice(0, MAX_CELL_LINES - 1), m.pdf_more({}, o)];
	};
	const header = headers.map((h, i) => cellLines(h, i, true));
	const headerHeight = rowHeight(header);

	const drawHeader = () => {
		drawRow(canvas, page, xs, y, header, headerHeight, true);
		y -= headerHeight;
	};
	drawHeader();

	const rows = [
		...prep.agreementsMade.map((a) => agreementCells(a, '', canvas, locale)),
		...prep.answers.agreements.proposed
			.filter((a) => a.what.trim())
			.map((a) => agreementCells(a, m.pdf_sheet_proposal({}, o), canvas, locale))
	].map((cells) => cells.map((text, i) => cellLines(text, i)));

	for (const cells of [
		...rows,
		...Array.from({ length: BLANK_ROWS }, () => COLUMNS.map(() => [] as string[]))
	]) {
		const height = Math.max(rowHeight(cells), cells.every((c) => c.length === 0) ? BLANK_ROW_HEIGHT : 0);
		if (y - height < MARGIN) {
			page = canvas.addPage();
			y = A4.height - MARGIN;
			drawHeader();
		}
		drawRow(canvas, page, xs, y, cells, height, false);
		y -= height;
	}

	if (y - TAIL_HEIGHT < MARGIN) {
		page = canvas.addPage();
		y = A4.height - MARGIN;
	}
	drawTail(canvas, page, y - 22, prep);

	return {
		bytes: await canvas.doc.save(),
		fileName: fileName([child, m.pdf_sheet_file({}, o), prep.meeting.date], 'pdf'),
		replacedIn: [...canvas.replacedIn]
	};
}

function agreementCells(
	a: Agreement,
	marker: string,
	canvas: Canvas,
	locale: Preparation['language']
): string[] {
	const o = { locale } as const;
	const what = canvas.clean(a.what.trim(), m.field_agreement_what({}, o));
	return [
		marker ? `${marker} ${what}` : what,
		canvas.clean(a.who.trim(), m.field_agreement_who({}, o)),
		a.byWhen ? formatDate(a.byWhen, locale) : '',
		canvas.clean(a.howWeSee.trim(), m.field_agreement_how({}, o)),
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

/** Evaluation meeting, who writes the record, the checked-record box and initials of those present. */
function drawTail(canvas: Canvas, page: PDFPage, top: number, prep: Preparation) {
	const o = { locale: prep.language } as const;
	const right = A4.width - MARGIN;
	let y = top;
	const field = (label: string, proposal: string) => {
		page.drawText(label, { x: MARGIN, y, size: 10, font: canvas.bold });
		const start = MARGIN + canvas.bold.widthOfTextAtSize(label, 10) + 6;
		page.drawLine({
			start: { x: start, y: y - 2 },
			end: { x: right, y: y - 2 },
			thickness: 0.5,
			color: LINE
		});
		if (proposal) {
			const text = wrap(proposal, right - MARGIN, 8.5, false, canvas.metrics)[0]!;
			page.drawText(text, { x: MARGIN, y: y - 13, size: 8.5, font: canvas.regular, color: MUTED });
		}
		y -= 34;
	};
	const evaluation = prep.answers.evaluation;
	field(
		m.pdf_sheet_evaluation_meeting({}, o),
		evaluation.proposedDate
			? m.pdf_sheet_proposed({ value: formatDate(evaluation.proposedDate, prep.language) }, o)
			: ''
	);
	field(m.pdf_sheet_invites({}, o), '');
	field(
		m.pdf_sheet_record_by({}, o),
		evaluation.whoWritesRecord.trim()
			? m.pdf_sheet_proposed(
					{ value: canvas.clean(evaluation.whoWritesRecord.trim(), m.field_record_label({}, o)) },
					o
				)
			: ''
	);

	page.drawRectangle({ x: MARGIN, y: y - 2, width: 11, height: 11, borderColor: INK, borderWidth: 0.8 });
	const checked = m.pdf_sheet_record_checked({}, o);
	page.drawText(checked, { x: MARGIN + 18, y, size: 10, font: canvas.regular });
	const after = MARGIN + 18 + canvas.regular.widthOfTextAtSize(checked, 10) + 6;
	page.drawLine({
		start: { x: after, y: y - 2 },
		end: { x: Math.min(after + 120, right), y: y - 2 },
		thickness: 0.5,
		color: LINE
	});
	y -= 34;

	page.drawText(m.pdf_sheet_initials({}, o), { x: MARGIN, y, size: 10, font: canvas.bold });
	y -= 10;
	const boxes = 6;
	const gap = 8;
	const boxWidth = (right - MARGIN - gap * (boxes - 1)) / boxes;
	for (let i = 0; i < boxes; i++) {
		page.drawRectangle({
			x: MARGIN + i * (boxWidth + gap),
			y: y - 40,
			width: boxWidth,
			height: 40,
			borderColor: LINE,
			borderWidth: 0.6
		});
	}
	drawFooter(canvas, page, m.pdf_footer({}, o));
}
