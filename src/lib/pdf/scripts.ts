/**
 * The scripts that Noto Sans lacks and that have fonts of their own (docs/pdf.md, "Scripts beyond Latin"):
 * which characters each font draws, which scripts a preparation's text needs (so that a document of Latin
 * text loads no other font), and whether a paragraph reads from right to left. Small and plain: the page
 * uses it to choose the fonts before the PDF code runs.
 */
import { plainText } from './text';

export type Script = 'arabic' | 'ethiopic';

/**
 * The characters each script's font is cut to (scripts/make-fonts.ts) and draws. Everything else, digits,
 * spaces and punctuation inside Arabic text too, is drawn with Noto Sans, which these fonts are made to
 * match: the same digits and the same space whatever the script around them.
 */
export const SCRIPT_RANGES: Readonly<Record<Script, readonly (readonly [number, number])[]>> = {
	// Arabic and Arabic Supplement: Arabic, Persian, Urdu, Pashto, Kurdish; their punctuation and digits.
	// The zero-width non-joiner keeps two Persian letters apart (text.ts keeps it only between letters).
	arabic: [
		[0x0600, 0x06ff],
		[0x0750, 0x077f],
		[0x200c, 0x200c]
	],
	// Ethiopic and its Supplement: Tigrinya, Amharic, Tigre; with their punctuation and numbers.
	ethiopic: [
		[0x1200, 0x137f],
		[0x1380, 0x139f]
	]
};

export const SCRIPTS = Object.keys(SCRIPT_RANGES) as Script[];

/** Whether any character could need a script font: a fast test before the one by one. */
const ANY = /[\u0600-\u06ff\u0750-\u077f\u200c\u1200-\u139f]/;

/** The script font that draws a character, or undefined for Noto Sans. */
export function scriptOf(codePoint: number): Script | undefined {
	if (codePoint < 0x0600) return undefined;
	for (const script of SCRIPTS) {
		for (const [from, to] of SCRIPT_RANGES[script]) {
			if (codePoint >= from && codePoint <= to) return script;
		}
	}
	return undefined;
}

/** Whether a text has a character that a script font draws (false for most text, and fast). */
export function needsScriptFont(text: string): boolean {
	return ANY.test(text);
}

/** The scripts a text needs, after the cleaning every document does (text.ts). */
export function scriptsIn(raw: string): Script[] {
	if (!ANY.test(raw)) return [];
	const found = new Set<Script>();
	for (const char of plainText(raw)) {
		const script = scriptOf(char.codePointAt(0)!);
		if (script) found.add(script);
	}
	return SCRIPTS.filter((script) => found.has(script));
}

/**
 * The scripts that the text anywhere in a value (a preparation) needs. Also text that a document does
 * not print (the parent's notes): a font too many is a small cost, a font too few a "�" on paper.
 */
export function scriptsOf(value: unknown): Script[] {
	const texts: string[] = [];
	const walk = (v: unknown): void => {
		if (typeof v === 'string') texts.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(value);
	return scriptsIn(texts.join('\n'));
}

/** A letter of a right-to-left script: Arabic, the only one drawn (Hebrew and others print as "�"). */
const RTL_LETTER = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;

/**
 * Whether a paragraph reads from right to left: its first letter is of a right-to-left script (rules P2
 * and P3 of the Unicode bidi algorithm, with only letters as strong characters: digits and punctuation
 * never decide). A document's own text is Dutch or English, so only the parent's own text can be.
 */
export function rightToLeft(paragraph: string): boolean {
	if (!ANY.test(paragraph)) return false;
	for (const char of paragraph) {
		if (LETTER.test(char)) return RTL_LETTER.test(char);
	}
	return false;
}

/** A piece of text that one font draws: `script`'s, or Noto Sans when undefined. */
export interface FontRun {
	text: string;
	script: Script | undefined;
}

/** Splits a text where the font that draws it changes (most text is one run of Noto Sans). */
export function fontRuns(text: string): FontRun[] {
	if (!ANY.test(text)) return [{ text, script: undefined }];
	const runs: FontRun[] = [];
	for (const char of text) {
		const script = scriptOf(char.codePointAt(0)!);
		const last = runs.at(-1);
		if (last && last.script === script) last.text += char;
		else runs.push({ text: char, script });
	}
	return runs;
}
