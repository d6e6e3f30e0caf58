/**
 * The one-page agenda the parent takes to school, in the preparation's language. Always exactly one A4
 * page: the layout shrinks the type, then shortens with a visible marker (layout.ts).
 */
import { fileName } from '$lib/model/file-name';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import { agendaContent } from './agenda-content';
import {
	A4,
	createCanvas,
	drawFooter,
	drawLayout,
	drawWritingLines,
	LINE,
	MARGIN,
	MUTED,
	type FontFiles
} from './document';
import { fitBlocks, wrap } from './layout';
import type { Made } from './names';

/** Room kept for notes at the bottom of the agenda, in points. */
const NOTES_MIN = 80;

export async function makeAgenda(prep: Preparation, fonts: FontFiles): Promise<Made> {
	const o = { locale: prep.language } as const;
	const canvas = await createCanvas(fonts, prep.language);
	const { title, details, blocks } = agendaContent(prep, canvas.clean);
	canvas.doc.setTitle(title, { showInWindowTitleBar: true });
	const page = canvas.addPage();
	const width = A4.width - 2 * MARGIN;

	// Title and meeting details at a fixed size, at most two lines each.
	let y = A4.height - MARGIN;
	for (const line of wrap(title, width, 17, true, canvas.metrics).slice(0, 2)) {
		y -= 17;
		page.drawText(line, { x: MARGIN, y, size: 17, font: canvas.bold });
		y -= 5;
	}
	for (const line of wrap(details, width, 10.5, false, canvas.metrics).slice(0, 2)) {
		y -= 14;
		page.drawText(line, { x: MARGIN, y, size: 10.5, font: canvas.regular, color: MUTED });
	}
	y -= 12;

	const box = { left: MARGIN, right: A4.width - MARGIN, top: y, bottom: MARGIN };
	const layout = fitBlocks(blocks, box, canvas.metrics, {
		maxSize: 10.5,
		minSize: 8,
		reserve: NOTES_MIN,
		more: m.pdf_more({}, o),
		moreItems: m.pdf_more_items({}, o)
	});
	drawLayout(canvas, page, layout);

	// Notes: the rest of the page, ruled for writing during the meeting.
	const notesTop = layout.end - 4;
	page.drawText(m.pdf_notes({}, o), { x: MARGIN, y: notesTop - 12, size: 10.5, font: canvas.bold });
	page.drawRectangle({
		x: MARGIN,
		y: MARGIN,
		width,
		height: notesTop - 18 - MARGIN,
		borderColor: LINE,
		borderWidth: 0.6
	});
	drawWritingLines(page, MARGIN + 8, A4.width - MARGIN - 8, notesTop - 18, MARGIN + 6);
	drawFooter(canvas, page, m.pdf_footer({}, o));

	return {
		bytes: await canvas.doc.save(),
		fileName: fileName([prep.child.firstName, m.pdf_agenda_file({}, o), prep.meeting.date], 'pdf'),
		replacedIn: [...canvas.replacedIn],
		fontSize: layout.size,
		shortened: layout.truncated
	};
}
