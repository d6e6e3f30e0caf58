/**
 * The documents of one A4 page (the agenda and the parent's own page): a title and a line of meeting
 * details at a fixed size, then the content fitted onto the page (the layout shrinks the type, then
 * shortens with a visible marker), and the rest of the page ruled for notes.
 */
import { languageInfo, type Language } from '$lib/i18n/languages';
import { loadLanguage, wordsOf } from '$lib/i18n/words';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { placeAlso } from './also';
import type { PageContent } from './agenda-content';
import {
	A4,
	createCanvas,
	drawFooter,
	drawLayout,
	drawPlaced,
	drawText,
	drawWritingLines,
	LINE,
	lineStart,
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
import { meetingTypeForFile } from '$lib/i18n/labels';
import { scriptsOf } from './scripts';

/** Room kept for notes at the bottom of the page, in points. */
const NOTES_MIN = 80;

/** What a one-page document is: its language, its content and the word for it in its file name. */
export interface OnePage {
	language: Language;
	/** A bilingual page's second language (also.ts). */
	also?: Language;
	content: (clean: Clean) => PageContent;
	file: (o: { locale: Language }) => string;
	/** Room for notes at the bottom: the agenda has it; the parent's own page uses the page for answers. */
	notes?: boolean;
}

export async function makeOnePage(prep: Preparation, fonts: FontFiles, one: OnePage): Promise<Made> {
	const { language, also, notes = true } = one;
	const o = { locale: language } as const;
	// The second language's words are used beside the first's: loaded before the content is made, and
	// their script's font embedded with those the parent's text needs.
	if (also) await loadLanguage(also);
	const scripts = scriptsOf([prep, also ? (wordsOf(also) ?? []) : []]);
	const canvas = await createCanvas(fonts, language, { scripts });
	const { title, details, blocks, titleAlso, detailsAlso } = one.content(canvas.clean);
	canvas.doc.setTitle(title, { showInWindowTitleBar: true });
	const page = canvas.addPage();
	const width = A4.width - 2 * MARGIN;
	const more = m.pdf_more({}, o);
	let shortened = false;
	/** Draws `text`, the second language of `parent`, after its last line; gives the baseline it ends on. */
	const after = (
		text: string | undefined,
		parent: Node,
		last: string,
		baseline: number,
		size: number,
		bold: boolean
	) => {
		if (!text || !also) return baseline;
		// A line of a right-to-left page ends at the right margin: the translation goes beneath it.
		const end = canvas.rtl ? A4.width - MARGIN : MARGIN + canvas.metrics.width(last, size, bold);
		const at = {
			parent,
			lang: languageInfo(also).tag,
			end,
			baseline,
			left: MARGIN,
			right: A4.width - MARGIN,
			size
		};
		const placed = placeAlso(text, at, canvas.metrics, { lines: 2, more });
		drawPlaced(canvas, page, placed.lines);
		shortened ||= placed.shortened;
		return placed.baseline;
	};
	/** The lines of an element, with a space after the last when its second language follows. */
	const linesOf = (lines: readonly string[], followed: string | undefined) =>
		spaced(lines).map((line, i) => (followed && i === lines.length - 1 ? `${line} ` : line));

	let y = A4.height - MARGIN;
	const right = A4.width - MARGIN;
	const titleLines = wrapAtMost(title, width, 17, true, canvas.metrics, 2, more);
	const h1: Node = { role: 'H1' };
	for (const line of linesOf(titleLines.lines, titleAlso)) {
		y -= 17;
		drawText(canvas, page, h1, line, { ...lineStart(canvas.rtl, MARGIN, right), y, size: 17, bold: true });
		y -= 5;
	}
	y = after(titleAlso, h1, titleLines.lines.at(-1)!, y + 5, 17, true) - 5;
	const detailLines = wrapAtMost(details, width, 10.5, false, canvas.metrics, 2, more);
	const p: Node = { role: 'P' };
	for (const line of linesOf(detailLines.lines, detailsAlso)) {
		y -= 14;
		drawText(canvas, page, p, line, {
			...lineStart(canvas.rtl, MARGIN, right),
			y,
			size: 10.5,
			color: MUTED
		});
	}
	y = after(detailsAlso, p, detailLines.lines.at(-1)!, y, 10.5, false) - 12;

	const box = { left: MARGIN, right: A4.width - MARGIN, top: y, bottom: MARGIN };
	const layout = fitBlocks(blocks, box, canvas.metrics, {
		maxSize: 10.5,
		minSize: 8,
		reserve: notes ? NOTES_MIN : 0,
		more,
		moreItems: m.pdf_more_items({}, o),
		rtl: canvas.rtl,
		...(also && {
			also: { lang: languageInfo(also).tag, moreItems: canvas.clean(m.pdf_more_items({}, { locale: also })) }
		})
	});
	drawLayout(canvas, page, layout);

	if (notes) {
		const top = layout.end - 4;
		const heading = m.pdf_notes({}, o);
		const h2: Node = { role: 'H2' };
		const headingAlso = also && m.pdf_notes({}, { locale: also });
		drawText(canvas, page, h2, headingAlso ? `${heading} ` : heading, {
			...lineStart(canvas.rtl, MARGIN, right),
			y: top - 12,
			size: 10.5,
			bold: true
		});
		after(headingAlso && canvas.clean(headingAlso), h2, heading, top - 12, 10.5, true);
		drawNotes(canvas, page, top);
	}
	drawFooter(canvas, page, m.pdf_footer({}, o));

	return {
		bytes: await canvas.save(),
		fileName: fileName(
			[[prep.child.firstName, ...meetingTypeForFile(prep.meeting.type, o)], one.file(o), prep.meeting.date],
			'pdf'
		),
		replacedIn: [...canvas.replacedIn],
		fontSize: layout.size,
		shortened: shortened || layout.truncated || titleLines.shortened || detailLines.shortened
	};
}

/** The rest of the page below its heading at `top`, boxed and ruled for writing during the meeting. */
function drawNotes(canvas: Canvas, page: PDFPage, top: number) {
	const width = A4.width - 2 * MARGIN;
	const notesTop = top;
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
