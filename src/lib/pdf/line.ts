/**
 * One line of text on the page: in Noto Sans from left to right, drawn as one text, as pdf-lib draws it;
 * otherwise as pieces (bidi-line.ts), each in its font, a right-to-left one glyph by glyph (glyphs.ts).
 * The code for pieces loads only with the script fonts (beyond-latin.ts); without them no text has any.
 */
import { rgb, type Color, type PDFPage } from 'pdf-lib';
import type { Piece } from './bidi-line';
import type { DocumentFonts } from './fonts';
import { needsScriptFont, type Script } from './scripts';

export interface TextStyle {
	/** The line's left edge (not used for a line with a `right`). */
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold?: boolean;
	/** pdf-lib's default, black, when not given. */
	color?: Color;
	/** The line's paragraph reads from right to left (scripts.ts `rightToLeft`). */
	rtl?: boolean;
	/**
	 * Where a line of a right-to-left paragraph ends, aligned right; the space after its last word shows at
	 * its left. Without it, a right-to-left line starts at x (an answer after its question).
	 */
	right?: number;
}

export type TextLine = TextStyle & { text: string };

/** pdf-lib's colour for text when none is given. */
const BLACK = rgb(0, 0, 0);

/** The pieces of a line; undefined for a line in Noto Sans from left to right, drawn in one piece. */
export function piecesOf(fonts: DocumentFonts, line: TextLine): Piece[] | undefined {
	const { text, rtl = false, bold = false, size } = line;
	if ((!rtl && !needsScriptFont(text)) || !fonts.beyondLatin) return undefined;
	const width = (piece: string, script: Script | undefined) =>
		fonts.fontOf(script, bold).widthOfTextAtSize(piece, size);
	return fonts.beyondLatin.linePieces(text, rtl, width, rtl && line.right !== undefined);
}

/**
 * Whether the glyphs drawn for a line read back as its text. Its pieces are drawn in reading order, also
 * right-to-left ones, so only shaping can change what reads back. A bracket in right-to-left text is drawn
 * as its mirror image, the other bracket, and reads back as that one: as it shows, not as typed
 * (docs/pdf.md, "Right to left").
 */
export function readsBackAs(fonts: DocumentFonts, line: TextLine, pieces: Piece[] | undefined): boolean {
	const bold = line.bold ?? false;
	if (!pieces) return fonts.readsBack(line.text, undefined, bold);
	return pieces.every((piece) => fonts.readsBack(piece.text, piece.script, bold));
}

/** Draws a line's pieces, each where the bidi algorithm shows it. */
export function drawPieces(page: PDFPage, fonts: DocumentFonts, line: TextLine, pieces: Piece[]) {
	const { drawRightToLeft } = fonts.beyondLatin!;
	const { y, size, bold = false, color = BLACK } = line;
	const width = pieces.reduce((sum, piece) => sum + piece.width, 0);
	const left = line.rtl && line.right !== undefined ? line.right - width : line.x;
	for (const piece of pieces) {
		const font = fonts.fontOf(piece.script, bold);
		const x = left + piece.x;
		if (!piece.rtl) page.drawText(piece.text, { x, y, size, font, color });
		else {
			const advances = fonts.advances(piece.text, piece.script, bold);
			drawRightToLeft(page, { text: piece.text, font, advances, right: x + piece.width, y, size, color });
		}
	}
}
