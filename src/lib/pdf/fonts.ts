/**
 * The fonts of one document: Noto Sans in two weights, and the fonts of the scripts its text needs
 * (scripts.ts), each embedded as a subset of the glyphs it draws. Which font draws a character, whether
 * one can, and whether a text's glyphs read back as it.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { BeyondLatin } from './beyond-latin';
import { glyphAdvances, readsBack } from './fontkit-adapter';
import { scriptOf, SCRIPTS, type Script } from './scripts';

/** A font's two weights. */
export interface Weights<T = Uint8Array> {
	regular: T;
	bold: T;
}

/** The font files, as bytes (loaded by the browser or read from disk by the command line and tests). */
export interface FontFiles extends Weights {
	/** The fonts of scripts Noto Sans lacks: only those a document's text needs must be there. */
	scripts?: Partial<Record<Script, Weights>>;
	/** The code that draws their text (beyond-latin.ts): it comes with their fonts. */
	beyondLatin?: BeyondLatin;
}

export interface DocumentFonts extends Weights<PDFFont> {
	/** The font that draws a script's text (undefined: Noto Sans) in a weight. */
	fontOf(script: Script | undefined, bold: boolean): PDFFont;
	/** Whether the font that would draw a character has it. */
	covers(codePoint: number): boolean;
	/** Whether the glyphs of a text in one font read back as it (fontkit-adapter.ts). */
	readsBack(text: string, script: Script | undefined, bold: boolean): boolean;
	/** Each glyph's advance, in em, for drawing a text glyph by glyph. */
	advances(text: string, script: Script | undefined, bold: boolean): number[];
	/** Every font embedded. */
	all: PDFFont[];
	beyondLatin: BeyondLatin | undefined;
}

export async function embedFonts(
	doc: PDFDocument,
	files: FontFiles,
	/** The scripts the document's text needs; a font that no text uses would only add to the file. */
	scripts: readonly Script[],
	features: Record<string, boolean>
): Promise<DocumentFonts> {
	const embed = (data: Uint8Array) => doc.embedFont(data, { subset: true, features });
	const data = new Map<Script | undefined, Weights>([[undefined, files]]);
	for (const script of SCRIPTS) {
		const weights = files.scripts?.[script];
		if (weights && scripts.includes(script)) data.set(script, weights);
	}
	if (data.size > 1 && !files.beyondLatin) throw new Error('script fonts without beyond-latin.ts');
	const fonts = new Map<Script | undefined, Weights<PDFFont>>();
	const covered = new Map<Script | undefined, Set<number>>();
	for (const [script, weights] of data) {
		const regular = await embed(weights.regular);
		fonts.set(script, { regular, bold: await embed(weights.bold) });
		covered.set(script, new Set(regular.getCharacterSet()));
	}
	const weight = <T>(weights: Weights<T>, bold: boolean) => (bold ? weights.bold : weights.regular);
	const bytes = (script: Script | undefined, bold: boolean) => weight(data.get(script) ?? files, bold);
	const latin = fonts.get(undefined)!;
	const latinCovered = covered.get(undefined)!;
	return {
		...latin,
		fontOf: (script, bold) => weight(fonts.get(script) ?? latin, bold),
		covers(codePoint) {
			// Called for every character a document prints: most are below the first script font's range.
			if (codePoint < 0x0600) return latinCovered.has(codePoint);
			return covered.get(scriptOf(codePoint))?.has(codePoint) ?? false;
		},
		readsBack: (text, script, bold) => readsBack(bytes(script, bold), text, features),
		advances: (text, script, bold) => glyphAdvances(bytes(script, bold), text, features),
		all: [...fonts.values()].flatMap((w) => [w.regular, w.bold]),
		beyondLatin: files.beyondLatin
	};
}
