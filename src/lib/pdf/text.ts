/**
 * Text made safe to print: normalised (NFC, so Vietnamese letters are single glyphs), control and
 * invisible formatting characters removed, and every character the font cannot draw replaced by a visible
 * "�", never silently dropped. Callers learn whether anything was replaced, to tell the parent which field.
 */

/** The character drawn in place of one the font lacks. It is in the font subset (scripts/make-fonts.ts). */
export const REPLACEMENT = '\uFFFD';

/**
 * Bidi overrides, isolates and marks, zero-width characters, soft hyphen, the combining grapheme joiner and the
 * deprecated format characters (U+206A–U+206F): invisible and unsafe in a PDF. The font draws them all with
 * the space's glyph, which is copied back as a space, not as them. One stays: the zero-width non-joiner
 * between two Arabic letters, where Persian needs it (it keeps the letters apart; the Arabic font has it).
 */
// The joiner (U+034F) stands apart: a combining mark inside a class reads as if it joined its neighbour.
const INVISIBLE =
	/\u034F|[\u00AD\u061C\u200B\u200D-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]|(?<!\p{Script=Arabic})\u200C|\u200C(?!\p{Script=Arabic})/gu;
/**
 * Arabic presentation forms: letters in one of their joined shapes, which old keyboards and PDFs give.
 * They become the letters they stand for, which the font shapes itself (the font has no presentation forms).
 */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export interface Printable {
	text: string;
	/** True when a character had to be replaced because the font cannot draw it. */
	replaced: boolean;
}

/**
 * The text without control characters and invisible formatting characters, normalised to NFC; line breaks
 * become \n and tabs spaces. What every document and file the app writes does with the parent's text.
 */
export function plainText(raw: string): string {
	return raw
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.replace(CONTROL, '')
		.replace(INVISIBLE, '')
		.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'));
}

/** Keeps line breaks (\n); tabs become spaces. `covers` says whether the font draws a code point. */
export function printable(raw: string, covers: (codePoint: number) => boolean): Printable {
	let replaced = false;
	const cleaned = plainText(raw);
	let text = '';
	for (const char of cleaned) {
		const code = char.codePointAt(0)!;
		if (char === '\n' || covers(code)) text += char;
		else if (code >= 0xfe00 && code <= 0xfe0f) continue;
		else {
			// One replacement for a run of unknown characters (an emoji with its joiners stays one mark).
			if (!text.endsWith(REPLACEMENT)) text += REPLACEMENT;
			replaced = true;
		}
	}
	return { text, replaced };
}
