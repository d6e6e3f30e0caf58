/**
 * What every document shares: an A4 PDF with the Noto Sans subset embedded (only the glyphs used),
 * metadata without personal data beyond the title, text cleaning that reports what it had to replace, and
 * drawing: text, a computed layout, footers and writing lines, all of it tagged (tags.ts) as it is drawn.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { languageInfo, type Language } from '$lib/i18n/languages';
import { loadLanguage, wordsOf } from '$lib/i18n/words';
import { fontkitAdapter } from './fontkit-adapter';
import { embedFonts, type DocumentFonts, type FontFiles } from './fonts';
import type { Layout, Line } from './layout';
import { cachedMetrics } from './measure';
import { addMetadata, nameSubsets } from './pdfua';
import { drawPieces, piecesOf, readsBackAs, type TextLine, type TextStyle } from './line';
import { scriptsOf, type Script } from './scripts';
import { FOOTER, LAYOUT, tagging, type Artifact, type Node, type Tags } from './tags';
import { printable } from './text';

export type { FontFiles } from './fonts';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 50;
export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.35, 0.35, 0.35);
export const LINE = rgb(0.6, 0.6, 0.6);

/**
 * Keep precomposed letters whole (ị, ễ, ș): the font's `ccmp` feature would split them into a base and a
 * combining mark, which draws right but makes copied or read-aloud text lose the mark ("Thi" for "Thị").
 * pdf-lib draws glyphs by their advance widths and ignores glyph positioning, so the font files carry no
 * positioning table at all (scripts/make-fonts.ts).
 */
export const FEATURES = { ccmp: false };

const TOOL = 'Gesprekswijzer';

export interface Canvas {
	doc: PDFDocument;
	regular: PDFFont;
	bold: PDFFont;
	/** Noto Sans and the script fonts the document's text needs (fonts.ts). */
	fonts: DocumentFonts;
	metrics: ReturnType<typeof cachedMetrics>;
	/** Cleans a text for printing; when it had to replace characters, `field` is remembered (if any). */
	clean(raw: string, field?: string): string;
	/** The fields whose text had characters the font cannot draw. */
	replacedIn: Set<string>;
	addPage(): PDFPage;
	/** The structure tree: everything drawn goes into it, as content or as an artifact. */
	tags: Tags;
	/**
	 * The document's language reads from right to left (Arabic): its own title, headings and footer stand at
	 * the right margin, whatever letter they start with.
	 */
	rtl: boolean;
	/** Whether the glyphs drawn for a text read back as it (fontkit-adapter.ts). */
	readsBack(text: string, bold: boolean): boolean;
	/** Finishes the structure tree, the metadata and the font names, and gives the file. */
	save(): Promise<Uint8Array>;
}

export interface CanvasOptions {
	/**
	 * The scripts beyond Latin that the text needs (scripts.ts `scriptsOf`): their fonts are embedded, with
	 * those of the document language's own words.
	 */
	scripts?: readonly Script[];
	/** Only a test changes them: shaping with `ccmp` on gives glyphs that read back wrong. */
	features?: Record<string, boolean>;
}

export async function createCanvas(
	files: FontFiles,
	language: Language,
	{ scripts = [], features = FEATURES }: CanvasOptions = {}
): Promise<Canvas> {
	// The document's words may be in a language the app does not show (the preparation's choice).
	await loadLanguage(language);
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkitAdapter);
	// The app's own words need a script font too in a language written in it (Arabic).
	const needed = [...scripts, ...scriptsOf(wordsOf(language) ?? [])];
	const fonts = await embedFonts(doc, files, needed, features);
	const replacedIn = new Set<string>();
	const tags = tagging(doc);
	doc.setLanguage(languageInfo(language).tag);
	doc.setCreator(TOOL);
	doc.setProducer(TOOL);
	return {
		doc,
		regular: fonts.regular,
		bold: fonts.bold,
		fonts,
		metrics: cachedMetrics(fonts.fontOf),
		replacedIn,
		clean(raw, field) {
			const result = printable(raw, fonts.covers);
			if (result.replaced && field) replacedIn.add(field);
			return result.text;
		},
		addPage: () => doc.addPage([A4.width, A4.height]),
		tags,
		rtl: languageInfo(language).dir === 'rtl',
		readsBack: (text, bold) => fonts.readsBack(text, undefined, bold),
		save() {
			tags.finish();
			nameSubsets(fonts.all);
			addMetadata(doc, doc.getTitle() ?? '', languageInfo(language).tag, TOOL);
			// pdf-lib yields to the event loop every 50 objects by default (a timer each time, which
			// browsers stretch to 4 ms once nested); a tagged document has hundreds of small objects, and
			// writing all of them takes a few milliseconds, so it is done in one go.
			return doc.save({ objectsPerTick: Infinity });
		}
	};
}

export type { TextLine, TextStyle } from './line';

/**
 * Where a line starts in a column from `left` to `right`: at its left edge, or, for a line of a
 * right-to-left paragraph, ending at the column's right edge (line.ts aligns it there).
 */
export const lineStart = (rtl: boolean | undefined, left: number, right: number) =>
	rtl ? { x: left, rtl: true, right } : { x: left };

/**
 * Draws lines of text as part of `target`, in one marked-content sequence. All the documents' text is
 * drawn here, so that all of it is tagged. When a line's glyphs would read back as other characters,
 * each line gets a sequence of its own, and that line's text goes with its glyphs (ActualText).
 */
export function drawLines(canvas: Canvas, page: PDFPage, target: Node | Artifact, lines: TextLine[]): void {
	if (lines.length === 0) return;
	const laid = lines.map((line) => ({ line, pieces: piecesOf(canvas.fonts, line) }));
	const readBack = laid.every(({ line, pieces }) => readsBackAs(canvas.fonts, line, pieces));
	if (!readBack && lines.length > 1) {
		for (const line of lines) drawLines(canvas, page, target, [line]);
		return;
	}
	const draw = () => {
		for (const { line, pieces } of laid) {
			if (pieces) drawPieces(page, canvas.fonts, line, pieces);
			else {
				const { text, x, y, size, bold, color } = line;
				page.drawText(text, { x, y, size, font: bold ? canvas.bold : canvas.regular, color });
			}
		}
	};
	canvas.tags.mark(page, target, draw, readBack ? undefined : lines[0]!.text);
}

/** Draws one line of text as part of `target` (see `drawLines`). */
export function drawText(
	canvas: Canvas,
	page: PDFPage,
	target: Node | Artifact,
	text: string,
	style: TextStyle
): void {
	drawLines(canvas, page, target, [{ ...style, text }]);
}

/** Draws a layout: its lines (`drawPlaced`) and its rules. */
export function drawLayout(canvas: Canvas, page: PDFPage, layout: Layout): void {
	drawPlaced(canvas, page, layout.lines);
	if (layout.rules.length === 0) return;
	canvas.tags.mark(page, LAYOUT, () => {
		for (const rule of layout.rules) {
			page.drawLine({
				start: { x: rule.x1, y: rule.y },
				end: { x: rule.x2, y: rule.y },
				thickness: 0.6,
				color: LINE
			});
		}
	});
}

/** Draws positioned lines: consecutive lines of one element (a paragraph's) in one marked-content sequence. */
export function drawPlaced(canvas: Canvas, page: PDFPage, lines: readonly Line[]): void {
	let group: TextLine[] = [];
	let tag: Node | undefined;
	const flush = () => {
		if (tag && group.length > 0) drawLines(canvas, page, tag, group);
		group = [];
	};
	for (const line of lines) {
		if (!line.text) continue;
		if (line.tag !== tag) flush();
		tag = line.tag;
		const { size, bold, rtl, right } = line;
		const font = bold ? canvas.bold : canvas.regular;
		const x = line.alignRight ? line.x - font.widthOfTextAtSize(line.text, size) : line.x;
		const text = line.spaceAfter ? `${line.text} ` : line.text;
		group.push({ text, x, y: line.y, size, bold, color: line.muted ? MUTED : INK, rtl, right });
	}
	flush();
}

/** The small line under the bottom margin of a page: an artifact, not part of the text. */
export function drawFooter(canvas: Canvas, page: PDFPage, text: string): void {
	drawText(canvas, page, FOOTER, text, {
		...lineStart(canvas.rtl, MARGIN, A4.width - MARGIN),
		y: MARGIN - 20,
		size: 7.5,
		color: MUTED
	});
}

/** Room between writing lines: enough for handwriting. */
export const WRITING_GAP = 22;

/** `count` ruled writing lines, the first `gap` below `top`: for notes and for filling in by hand. */
export function drawWritingLines(
	canvas: Canvas,
	page: PDFPage,
	left: number,
	right: number,
	top: number,
	count: number,
	gap = WRITING_GAP
) {
	canvas.tags.mark(page, LAYOUT, () => {
		// Each line's y is computed, not summed step by step, so that no rounding loses the last line.
		for (let i = 1; i <= count; i++) {
			const y = top - i * gap;
			page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.5, color: LINE });
		}
	});
}
