/** The closing fields of the agreement sheet (sheet.ts), under its table. */
import type { PDFPage } from 'pdf-lib';
import { drawText, INK, LINE, lineStart, MARGIN, MUTED, type Canvas } from './document';
import { LINE_HEIGHT } from './layout';
import type { PageCursor } from './page-cursor';
import type { TailField } from './sheet-content';
import { NONE, RIGHT, SIZE, SPACE, startOn, WIDTH, type Lines } from './sheet-lines';
import { LAYOUT, type Node } from './tags';

const MAX_PROPOSAL_LINES = 4;

/**
 * The closing fields, each a label with a line to write on: what was settled printed on the line, the
 * parent's proposal under it, muted. Then the box to tick when the record was received and checked.
 */
export function drawTail(
	canvas: Canvas,
	cursor: PageCursor,
	tail: TailField[],
	checked: string,
	lines: (text: string, width: number, size: number, max: number) => Lines
) {
	const step = SIZE.proposal * LINE_HEIGHT;
	const width = (text: string, size: number, bold = false) => canvas.metrics.width(text, size, bold);
	/** On a page that reads from right to left, the fields are mirrored: labels and the box at the right. */
	const flip = (x: number, w = 0) => (canvas.rtl ? MARGIN + RIGHT - x - w : x);
	const fields = tail.map((f) => {
		const labelWidth = width(f.label, SIZE.tail, true);
		const proposal = f.proposal ? lines(f.proposal, WIDTH, SIZE.proposal, MAX_PROPOSAL_LINES) : NONE;
		return {
			label: f.label,
			labelWidth,
			/** Where the line to write on starts, after the label. */
			start: MARGIN + labelWidth + 6,
			value: f.value ? lines(f.value, RIGHT - (MARGIN + labelWidth + 6) - 4, SIZE.tail, 1) : NONE,
			proposal,
			height: SPACE.field + Math.max(0, proposal.length - 1) * step
		};
	});
	cursor.room(SPACE.tail + fields.reduce((sum, f) => sum + f.height, 0) + SPACE.field);
	cursor.down(SPACE.tail);
	const page: PDFPage = cursor.page;
	const rule = (from: number, to: number) =>
		canvas.tags.mark(page, LAYOUT, () =>
			page.drawLine({
				start: { x: from, y: cursor.y - 2 },
				end: { x: to, y: cursor.y - 2 },
				thickness: 0.5,
				color: LINE
			})
		);
	// Each field is one paragraph: its label, what was settled and the proposal, read in that order.
	for (const f of fields) {
		const p: Node = { role: 'P' };
		const label = { ...lineStart(canvas.rtl, MARGIN, RIGHT), y: cursor.y, size: SIZE.tail, bold: true };
		drawText(canvas, page, p, `${f.label} `, label);
		rule(...(canvas.rtl ? ([MARGIN, flip(f.start)] as const) : ([f.start, RIGHT] as const)));
		const [value] = f.value;
		if (value) {
			const text = f.proposal.length > 0 ? `${value} ` : value;
			const rtl = f.value.rtl[0] || undefined;
			// On the line after its label, in its own direction (as an answer after its question).
			const x = canvas.rtl && !rtl ? flip(f.start + 4, width(value, SIZE.tail)) : f.start + 4;
			const style = { x, rtl, y: cursor.y + 1, ...(canvas.rtl && rtl && { right: flip(f.start + 4) }) };
			drawText(canvas, page, p, text, { ...style, size: SIZE.tail, color: INK });
		}
		f.proposal.forEach((line, n) => {
			const y = cursor.y - 13 - n * step;
			const measure = (text: string) => width(text, SIZE.proposal);
			drawText(canvas, page, p, line, {
				...startOn(canvas.rtl, measure, f.proposal, n, MARGIN, RIGHT),
				y,
				size: SIZE.proposal,
				color: MUTED
			});
		});
		cursor.down(f.height);
	}

	canvas.tags.mark(page, LAYOUT, () =>
		page.drawRectangle({
			x: flip(MARGIN, 11),
			y: cursor.y - 2,
			width: 11,
			height: 11,
			borderColor: INK,
			borderWidth: 0.8
		})
	);
	const checkedWidth = width(checked, SIZE.tail);
	const text = { ...lineStart(canvas.rtl, MARGIN + 18, RIGHT - 18), y: cursor.y, size: SIZE.tail };
	drawText(canvas, page, { role: 'P' }, checked, text);
	const after = MARGIN + 18 + checkedWidth + 6;
	const end = Math.min(after + 120, RIGHT);
	rule(...(canvas.rtl ? ([flip(end), flip(after)] as const) : ([after, end] as const)));
	cursor.down(SPACE.field);
}
