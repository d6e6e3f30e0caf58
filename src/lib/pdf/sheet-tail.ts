/** The closing fields of the agreement sheet (sheet.ts), under its table. */
import type { PDFPage } from 'pdf-lib';
import { drawText, INK, LINE, MARGIN, MUTED, type Canvas } from './document';
import { LINE_HEIGHT } from './layout';
import type { PageCursor } from './page-cursor';
import type { TailField } from './sheet-content';
import { NONE, RIGHT, SIZE, SPACE, start, WIDTH, type Lines } from './sheet-lines';
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
	const fields = tail.map((f) => {
		const start = MARGIN + canvas.metrics.width(f.label, SIZE.tail, true) + 6;
		const proposal = f.proposal ? lines(f.proposal, WIDTH, SIZE.proposal, MAX_PROPOSAL_LINES) : NONE;
		return {
			label: f.label,
			start,
			value: f.value ? lines(f.value, RIGHT - start - 4, SIZE.tail, 1) : NONE,
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
		drawText(canvas, page, p, `${f.label} `, { x: MARGIN, y: cursor.y, size: SIZE.tail, bold: true });
		rule(f.start, RIGHT);
		const [value] = f.value;
		if (value) {
			const text = f.proposal.length > 0 ? `${value} ` : value;
			// On the line after its label, in its own direction (as an answer after its question).
			const style = { x: f.start + 4, rtl: f.value.rtl[0] || undefined, y: cursor.y + 1 };
			drawText(canvas, page, p, text, { ...style, size: SIZE.tail, color: INK });
		}
		f.proposal.forEach((line, n) => {
			const y = cursor.y - 13 - n * step;
			drawText(canvas, page, p, line, {
				...start(f.proposal, n, MARGIN, RIGHT),
				y,
				size: SIZE.proposal,
				color: MUTED
			});
		});
		cursor.down(f.height);
	}

	canvas.tags.mark(page, LAYOUT, () =>
		page.drawRectangle({
			x: MARGIN,
			y: cursor.y - 2,
			width: 11,
			height: 11,
			borderColor: INK,
			borderWidth: 0.8
		})
	);
	drawText(canvas, page, { role: 'P' }, checked, { x: MARGIN + 18, y: cursor.y, size: SIZE.tail });
	const after = MARGIN + 18 + canvas.metrics.width(checked, SIZE.tail, false) + 6;
	rule(after, Math.min(after + 120, RIGHT));
	cursor.down(SPACE.field);
}
