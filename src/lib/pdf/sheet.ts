/**
 * The agreement sheet, drawn: the record of the meeting that the parent hands back to the school
 * (sheet-content.ts says what is on it). A4; a table whose header repeats on every new page, blank rows to
 * fill in at the table, then the closing fields. Cells and closing answers that are very long are
 * shortened with a visible marker; the whole text is in the app. Tagged as a table with column headers;
 * the repeated header, the blank rows and all borders and lines are artifacts.
 */
import type { Preparation } from '$lib/model/preparation';
import { fileName } from '$lib/model/file-name';
import { meetingTypeForFile } from '$lib/i18n/labels';
import { scriptsOf } from './scripts';
import { m } from '$lib/messages';
import {
	createCanvas,
	drawFooter,
	drawLines,
	drawText,
	INK,
	LINE,
	lineStart,
	MARGIN,
	MUTED,
	type Canvas,
	type FontFiles
} from './document';
import { LINE_HEIGHT } from './layout';
import { directions, spaced, wrapAtMost } from './wrap';
import type { Made } from './names';
import { pageCursor, type PageCursor } from './page-cursor';
import { sheetContent } from './sheet-content';
import { LAYOUT, REPEATED, type Artifact, type Node } from './tags';
import { drawTail } from './sheet-tail';
import { NONE, RIGHT, SIZE, SPACE, start, startOn, WIDTH, type Lines } from './sheet-lines';

/** Share of the table width per column: what, who, by when, how we see it works, evaluation. */
const COLUMNS = [0.3, 0.16, 0.13, 0.26, 0.15];
const MAX_CELL_LINES = 12;
const BLANK_ROWS = 4;
const BLANK_ROW_HEIGHT = 42;
const BULLET_INDENT = 12;
const XS = COLUMNS.reduce<number[]>((acc, share, i) => [...acc, acc[i]! + share * WIDTH], [MARGIN]);
/** Each column's left and right edge; on a page that reads from right to left the first is at the right. */
const columnEdges = (rtl: boolean) =>
	COLUMNS.map((_, i): [number, number] =>
		rtl ? [MARGIN + RIGHT - XS[i + 1]!, MARGIN + RIGHT - XS[i]!] : [XS[i]!, XS[i + 1]!]
	);

export async function makeSheet(prep: Preparation, fonts: FontFiles): Promise<Made> {
	const o = { locale: prep.language } as const;
	const canvas = await createCanvas(fonts, prep.language, { scripts: scriptsOf(prep) });
	const content = sheetContent(prep, { locale: prep.language, clean: canvas.clean });
	canvas.doc.setTitle(content.title, { showInWindowTitleBar: true });
	const more = m.pdf_more({}, o);
	/** Set when any text had to be shortened, so that the page can say so. */
	let shortened = false;
	const lines = (text: string, width: number, size: number, max: number, bold = false): Lines => {
		const fitted = wrapAtMost(text, width, size, bold, canvas.metrics, max, more);
		shortened ||= fitted.shortened;
		// A space where a word break ends a line keeps the words apart when the sheet is read back.
		return Object.assign(spaced(fitted.lines), { rtl: directions(fitted.lines, text) });
	};
	const measure = (text: string, size: number, bold = false) => canvas.metrics.width(text, size, bold);
	const cellLines = (text: string, column: number, bold = false) =>
		lines(text, XS[column + 1]! - XS[column]! - 2 * SPACE.pad, SIZE.cell, MAX_CELL_LINES, bold);

	const table: Node = { role: 'Table' };
	const row = (role: 'TH' | 'TD'): Node[] => {
		const tr: Node = { role: 'TR', parent: table };
		return COLUMNS.map(() => (role === 'TH' ? { role, parent: tr, scope: 'Column' } : { role, parent: tr }));
	};
	const header = content.header.map((h, i) => cellLines(h, i, true));
	/** The header's cells the first time; on a new page, a repeat of them, which is not read again. */
	let headerCells: Node[] | Artifact = row('TH');
	const drawHeader = (c: PageCursor) => {
		drawRow(canvas, c, header, rowHeight(header), true, headerCells);
		headerCells = REPEATED;
	};
	const cursor = pageCursor(canvas, drawHeader);

	const h1: Node = { role: 'H1' };
	const title = lines(content.title, WIDTH, SIZE.title, 2, true);
	const at = lineStart(canvas.rtl, MARGIN, RIGHT);
	title.forEach((line) => {
		cursor.down(SIZE.title);
		drawText(canvas, cursor.page, h1, line, { ...at, y: cursor.y, size: SIZE.title, bold: true });
		cursor.down(SPACE.afterTitle);
	});
	cursor.down(SPACE.beforeDetails);
	const details = lines(content.details, WIDTH, SIZE.details, 1);
	drawText(canvas, cursor.page, { role: 'P' }, details[0]!, {
		...lineStart(canvas.rtl, MARGIN, RIGHT),
		y: cursor.y,
		size: SIZE.details,
		color: MUTED
	});
	cursor.down(SPACE.afterDetails);
	drawHeader(cursor);

	for (const cells of content.rows.map((r) => r.map((text, i) => cellLines(text, i)))) {
		const height = rowHeight(cells);
		cursor.room(height);
		drawRow(canvas, cursor, cells, height, false, row('TD'));
	}
	// Rows to write in by hand: room on paper, nothing to read.
	const blank = COLUMNS.map(() => NONE);
	for (let i = 0; i < BLANK_ROWS; i++) {
		cursor.room(BLANK_ROW_HEIGHT);
		drawRow(canvas, cursor, blank, BLANK_ROW_HEIGHT, false, LAYOUT);
	}

	// Below the table, a new page needs no table header.
	cursor.onNewPage = undefined;
	if (content.openProposals?.length) {
		const items = content.openProposals.map((text) =>
			lines(text, WIDTH - BULLET_INDENT, SIZE.list, MAX_CELL_LINES)
		);
		const step = SIZE.list * LINE_HEIGHT;
		cursor.down(SPACE.list);
		cursor.room(SIZE.tail * LINE_HEIGHT + items[0]!.length * step);
		cursor.down(SIZE.tail * LINE_HEIGHT);
		const heading = m.pdf_sheet_open_proposals({}, o);
		drawText(canvas, cursor.page, { role: 'H2' }, heading, {
			...lineStart(canvas.rtl, MARGIN, RIGHT),
			y: cursor.y,
			size: SIZE.tail,
			bold: true
		});
		cursor.down(SPACE.pad);
		const list: Node = { role: 'L' };
		for (const item of items) {
			const li: Node = { role: 'LI', parent: list };
			const body: Node = { role: 'LBody', parent: li };
			item.forEach((line, n) => {
				cursor.room(step);
				cursor.down(step);
				const text = { y: cursor.y, size: SIZE.list, color: INK };
				const bullet = canvas.rtl ? RIGHT - 2 - measure('•', SIZE.list) : MARGIN + 2;
				if (n === 0) drawText(canvas, cursor.page, { role: 'Lbl', parent: li }, '•', { ...text, x: bullet });
				drawText(canvas, cursor.page, body, line, {
					...text,
					...(canvas.rtl
						? startOn(true, (t) => measure(t, SIZE.list), item, n, MARGIN, RIGHT - BULLET_INDENT)
						: start(item, n, MARGIN + BULLET_INDENT, RIGHT))
				});
			});
		}
	}

	drawTail(canvas, cursor, content.tail, content.checked, (text, width, size, max) =>
		lines(text, width, size, max)
	);
	for (const page of canvas.doc.getPages()) drawFooter(canvas, page, m.pdf_footer({}, o));

	return {
		bytes: await canvas.save(),
		fileName: fileName(
			[
				[prep.child.firstName, ...meetingTypeForFile(prep.meeting.type, o)],
				m.pdf_sheet_file({}, o),
				prep.meeting.date
			],
			'pdf'
		),
		replacedIn: [...canvas.replacedIn],
		shortened
	};
}

function rowHeight(cells: readonly string[][]): number {
	return Math.max(1, ...cells.map((c) => c.length)) * SIZE.cell * LINE_HEIGHT + 2 * SPACE.pad;
}

/**
 * A row of cells at the cursor, each cell's text into its element of `into` (an empty cell is still
 * one), or all of it an artifact; the cursor moves below the row.
 */
function drawRow(
	canvas: Canvas,
	cursor: PageCursor,
	cells: Lines[],
	height: number,
	bold: boolean,
	into: Node[] | Artifact
) {
	const { page, y: top } = cursor;
	const columns = columnEdges(canvas.rtl);
	const measure = (text: string) => canvas.metrics.width(text, SIZE.cell, bold);
	cells.forEach((lines, i) => {
		const [x, right] = columns[i]!;
		const width = right - x;
		// Border, then text, cell by cell: a very long word may touch the next cell's border, drawn over it.
		canvas.tags.mark(page, LAYOUT, () =>
			page.drawRectangle({ x, y: top - height, width, height, borderColor: LINE, borderWidth: 0.6 })
		);
		const target = Array.isArray(into) ? into[i]! : into;
		if (Array.isArray(into)) canvas.tags.element(into[i]!);
		const text = lines.map((line, n) => ({
			text: line,
			...startOn(canvas.rtl, measure, lines, n, x + SPACE.pad, right - SPACE.pad),
			y: top - SPACE.pad - SIZE.cell - n * SIZE.cell * LINE_HEIGHT + 1.5,
			size: SIZE.cell,
			bold,
			color: INK
		}));
		drawLines(
			canvas,
			page,
			target,
			text.filter((line) => line.text)
		);
	});
	cursor.down(height);
}
