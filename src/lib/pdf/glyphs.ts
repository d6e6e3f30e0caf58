/**
 * Drawing right-to-left text glyph by glyph, in reading order, each glyph placed from the right. pdf-lib
 * draws a text's glyphs from left to right in the order given; given Arabic in reading order it would show
 * it backwards, and given it backwards, every reader of the file would copy it backwards (docs/pdf.md,
 * "Right to left"). pdf-lib has no call for this, so the text operators are written with its low-level API.
 */
import {
	beginText,
	endText,
	PDFHexString,
	popGraphicsState,
	pushGraphicsState,
	setFillingColor,
	setFontAndSize,
	setTextMatrix,
	showText,
	type Color,
	type PDFFont,
	type PDFName,
	type PDFOperator,
	type PDFPage
} from 'pdf-lib';

/** Each page's resource name of each font, made once per page (drawText makes one on every call). */
const names = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

function nameOf(page: PDFPage, font: PDFFont): PDFName {
	let byFont = names.get(page);
	if (!byFont) names.set(page, (byFont = new Map()));
	let name = byFont.get(font);
	if (!name) byFont.set(font, (name = page.node.newFontDictionary(font.name, font.ref)));
	return name;
}

export interface RightToLeft {
	/** The text in reading order. */
	text: string;
	font: PDFFont;
	/** Each glyph's advance in em, in the order the font encodes the text's glyphs. */
	advances: number[];
	/** Where the first glyph ends, on the right. */
	right: number;
	/** Baseline. */
	y: number;
	size: number;
	color: Color;
}

/**
 * Draws the glyphs of `text` in its reading order, the first ending at `right` and each next one to the
 * left of the one before: glyphs shaped in reading order (fontkit-adapter.ts) show joined, right to left.
 */
export function drawRightToLeft(page: PDFPage, { text, font, advances, right, y, size, color }: RightToLeft) {
	// pdf-lib encodes every glyph as four hex digits (Identity-H), and records it for the font subset.
	const codes = font.encodeText(text).asString().match(/.{4}/g) ?? [];
	if (codes.length !== advances.length) throw new Error(`glyphs and advances differ for "${text}"`);
	const operators: PDFOperator[] = [
		pushGraphicsState(),
		setFillingColor(color),
		beginText(),
		setFontAndSize(nameOf(page, font), size)
	];
	let x = right;
	codes.forEach((code, i) => {
		x -= advances[i]! * size;
		operators.push(setTextMatrix(1, 0, 0, 1, x, y), showText(PDFHexString.of(code)));
	});
	operators.push(endText(), popGraphicsState());
	page.pushOperators(...operators);
}
