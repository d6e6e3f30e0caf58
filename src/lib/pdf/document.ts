/**
 * What every document shares: an A4 PDF with the Noto Sans subset embedded (only the glyphs used),
 * metadata without personal data beyond the title, text cleaning that reports what it had to replace,
 * and drawing of a computed layout.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Language } from '$lib/model/constants';
import { fontkitAdapter } from './fontkit-adapter';
import type { Layout } from './layout';
import { cachedMetrics } from './measure';
import { printable } from './text';

/** The two weights of the font, as file bytes (loaded by the browser or read from disk by the CLI). */
export interface FontFiles {
	regular: Uint8Array;
	bold: Uint8Array;
}

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = 50;
export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.35, 0.35, 0.35);
export const LINE = rgb(0.6, 0.6, 0.6);

const PDF_LANGUAGE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Keep precomposed letters whole (ị, ễ, ș): the font's `ccmp` feature would split them into a base and a
 * combining mark, which draws right but makes copied or read-aloud text lose the mark ("Thi" for "Thị").
 * pdf-lib draws glyphs by their advance widths and ignores glyph positioning, so the font files carry no
 * positioning table at all (scripts/make-fonts.ts).
 */
export const FEATURES = { ccmp: false };

export interface Canvas {
	doc: PDFDocument;
	regular: PDFFont;
	bold: PDFFont;
	metrics: ReturnType<typeof cachedMetrics>;
	/** Cleans a text for printing; when it had to replace characters, `field` is remembered. */
	clean(raw: string, field: string): string;
	/** The fields whose text had characters the font cannot draw. */
	replacedIn: Set<string>;
	addPage(): PDFPage;
}

export async function createCanvas(fonts: FontFiles, language: Language): Promise<Canvas> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkitAdapter);
	const regular = await doc.embedFont(fonts.regular, { subset: true, features: FEATURES });
	const bold = await doc.embedFont(fonts.bold, { subset: true, features: FEATURES });
	const covered = new Set(regular.getCharacterSet());
	const replacedIn = new Set<string>();
	doc.setLanguage(PDF_LANGUAGE[language]);
	doc.setCreator('Gesprekswijzer');
	doc.setProducer('Gesprekswijzer');
	return {
		doc,
		regular,
		bold,
		metrics: cachedMetrics(regular, bold),
		replacedIn,
		clean(raw, field) {
			const result = printable(raw, (c) => covered.has(c));
			if (result.replaced) replacedIn.add(field);
			return result.text;
		},
		addPage: () => doc.addPage([A4.width, A4.height])
	};
}

export function drawLayout(canvas: Canvas, page: PDFPage, layout: Layout): void {
	for (const line of layout.lines) {
		if (!line.text) continue;
		const font = line.bold ? canvas.bold : canvas.regular;
		const x = line.alignRight ? line.x - font.widthOfTextAtSize(line.text, line.size) : line.x;
		page.drawText(line.text, { x, y: line.y, size: line.size, font, color: INK });
	}
	for (const rule of layout.rules) {
		page.drawLine({
			start: { x: rule.x1, y: rule.y },
			end: { x: rule.x2, y: rule.y },
			thickness: 0.6,
			color: LINE
		});
	}
}

/** The small line under the bottom margin of a page. */
export function drawFooter(canvas: Canvas, page: PDFPage, text: string): void {
	page.drawText(text, { x: MARGIN, y: MARGIN - 20, size: 7.5, font: canvas.regular, color: MUTED });
}

/** Room between writing lines: enough for handwriting. */
export const WRITING_GAP = 22;

/** `count` ruled writing lines, the first `gap` below `top`: for notes and for filling in by hand. */
export function drawWritingLines(
	page: PDFPage,
	left: number,
	right: number,
	top: number,
	count: number,
	gap = WRITING_GAP
) {
	// Each line's y is computed, not summed step by step, so that no rounding loses the last line.
	for (let i = 1; i <= count; i++) {
		const y = top - i * gap;
		page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.5, color: LINE });
	}
}
