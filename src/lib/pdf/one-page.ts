/**
 * The documents of one A4 page (the agenda and the parent's own page): a title and a line of meeting
 * details at a fixed size, then the content fitted onto the page (the layout shrinks the type, then
 * shortens with a visible marker), and the rest of the page ruled for notes.
 */
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import type { PageContent } from './agenda-content';
import {
	A4,
	createCanvas,
	drawFooter,
	drawLayout,
	drawText,
	drawWritingLines,
	LINE,
	MARGIN,
	MUTED,
	WRITING_GAP,
	type Canvas,
	type FontFiles
} from './document';
import type { PDFPage } from 'pdf-lib';
import { fitBlocks } from './fit';
import { LAYOUT, type Node } from './tags';
import { spaced, wrapAtMost } from './wrap';
import type { Made } from './names';
import type { Clean } from '$lib/questions/print';
import { fileName } from '$lib/model/file-name';

/** Room kept for notes at the bottom of the page, in points. */
const NOTES_MIN = 80;

export async function makeOnePage(
	prep: Preparation,
	fonts: FontFiles,
	content: (clean: Clean) => PageContent,
	file: string,
	/** Room for notes at the bottom: the agenda has it; the parent's own page uses the page for answers. */
	notes = true
): Promise<Made> {
	const o = { locale: prep.language } as const;
	const canvas = await createCanvas(fonts, prep.language);
	const { title, details, blocks } = content(canvas.clean);
	canvas.doc.setTitle(title, { showInWindowTitleBar: true });
	const page = canvas.addPage();
	const width = A4.width - 2 * MARGIN;
	const more = m.pdf_more({}, o);

	let y = A4.height - MARGIN;
	const titleLines = wrapAtMost(title, width, 17, true, canvas.metrics, 2, more);
	const h1: Node = { role: 'H1' };
	for (const line of spaced(titleLines.lines)) {
		y -= 17;
		drawText(canvas, page, h1, line, { x: MARGIN, y, size: 17, bold: true });
		y -= 5;
	}
	const detailLines = wrapAtMost(details, width, 10.5, false, canvas.metrics, 2, more);
	const p: Node = { role: 'P' };
	for (const line of spaced(detailLines.lines)) {
		y -= 14;
		drawText(canvas, page, p, line, { x: MARGIN, y, size: 10.5, color: MUTED });
	}
	y -= 12;

	const box = { left: MARGIN, right: A4.width - MARGIN, top: y, bottom: MARGIN };
	const layout = fitBlocks(blocks, box, canvas.metrics, {
		maxSize: 10.5,
		minSize: 8,
		reserve: notes ? NOTES_MIN : 0,
		more,
		moreItems: m.pdf_more_items({}, o)
	});
	drawLayout(canvas, page, layout);

	if (notes) drawNotes(canvas, page, layout.end - 4, m.pdf_notes({}, o));
	drawFooter(canvas, page, m.pdf_footer({}, o));

	return {
		bytes: await canvas.save(),
		fileName: fileName([prep.child.firstName, file, prep.meeting.date], 'pdf'),
		replacedIn: [...canvas.replacedIn],
		fontSize: layout.size,
		shortened: layout.truncated || titleLines.shortened || detailLines.shortened
	};
}

/** The rest of the page below `top`, boxed and ruled for writing during the meeting. */
function drawNotes(canvas: Canvas, page: PDFPage, top: number, heading: string) {
	const width = A4.width - 2 * MARGIN;
	const notesTop = top;
	drawText(canvas, page, { role: 'H2' }, heading, { x: MARGIN, y: notesTop - 12, size: 10.5, bold: true });
	canvas.tags.mark(page, LAYOUT, () =>
		page.drawRectangle({
			x: MARGIN,
			y: MARGIN,
			width,
			height: notesTop - 18 - MARGIN,
			borderColor: LINE,
			borderWidth: 0.6
		})
	);
	const linesTop = notesTop - 18;
	const lineCount = Math.floor((linesTop - (MARGIN + 6)) / WRITING_GAP);
	drawWritingLines(canvas, page, MARGIN + 8, A4.width - MARGIN - 8, linesTop, lineCount);
}
