/**
 * Upstream fontkit 2 for pdf-lib. pdf-lib was written against @pdf-lib/fontkit, a stale fork that draws
 * blank glyphs for some fonts without any error (docs/pdf.md). fontkit 2 subsets correctly, but its subset
 * offers `encode()` (bytes) where pdf-lib calls `encodeStream()` (data/end events); this adapter bridges that.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

type Subset = ReturnType<fontkit.Font['createSubset']>;

function encodeStream(subset: Subset) {
	const handlers: Record<string, (value?: unknown) => void> = {};
	const stream = {
		on(event: string, handler: (value?: unknown) => void) {
			handlers[event] = handler;
			return stream;
		}
	};
	queueMicrotask(() => {
		try {
			handlers.data?.(subset.encode());
			handlers.end?.();
		} catch (error) {
			handlers.error?.(error);
		}
	});
	return stream;
}

/** Parsed fonts by their bytes: parsing a 180 KB font is much of the cost of a document, so do it once. */
const parsed = new WeakMap<Uint8Array, fontkit.Font>();

type Glyphs = fontkit.Glyph[];
type Features = Record<string, boolean>;
const NO_FEATURES: Features = {};

/** A word's glyphs, and whether they read back as the word (see `readsBack`). */
interface Shaped {
	glyphs: Glyphs;
	faithful: boolean;
}

/** Shaped words by font and by feature set (pdf-lib passes the same features object on every call). */
const shaped = new WeakMap<fontkit.Font, WeakMap<Features, Map<string, Shaped>>>();
/** Enough for every word of a long preparation; past it the cache starts afresh. */
const MOST_WORDS = 20_000;

/**
 * A word's glyphs in the order of its characters, also for Arabic: fontkit would reverse a right-to-left
 * word (and Arabic digits with it, which read from left to right), but the order on the page is the bidi
 * code's to decide (bidi-line.ts), and it draws right-to-left glyphs in this order (docs/pdf.md).
 */
function shape(font: fontkit.Font, word: string, features: Features): Glyphs {
	const run = font.layout(word, features, undefined, undefined, 'ltr');
	// fontkit draws an invisible character with the space's glyph (or, in a font without a space, the
	// missing-glyph box), which would show a gap or a box. The one that text.ts keeps is Persian's
	// zero-width non-joiner: it has done its work in shaping (the letters beside it do not join), and
	// the Arabic font's own glyph for it is a visible mark. So nothing is drawn for it.
	const space = font.glyphForCodePoint(0x20).id;
	return run.glyphs.filter((glyph, i) => glyph.id !== space || run.positions[i]!.xAdvance !== 0);
}

/** Shapes a word once per font and feature set. */
function shaper(font: fontkit.Font, features: Features): (word: string) => Shaped {
	let byFeatures = shaped.get(font);
	if (!byFeatures) shaped.set(font, (byFeatures = new WeakMap()));
	let words = byFeatures.get(features);
	if (!words || words.size > MOST_WORDS) byFeatures.set(features, (words = new Map()));
	return (word) => {
		let result = words.get(word);
		if (!result) {
			const glyphs = shape(font, word, features);
			const read = glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints)).join('');
			// The non-joiner is not drawn (see `shape`), and reading back without it loses nothing.
			words.set(word, (result = { glyphs, faithful: read === word.replaceAll('\u200c', '') }));
		}
		return result;
	};
}

/**
 * fontkit's `layout` builds a new shaping plan on every call, which costs more than the shaping of a short
 * text. pdf-lib calls it for every width it is asked and for every line it draws, and reads only the
 * glyphs. So a text is shaped word by word, each distinct word once: lines are then drawn with exactly the
 * widths that layout.ts measured word by word (measure.ts), and a line costs a few lookups.
 */
function layoutByWord(font: fontkit.Font, text: string, features: Features): { glyphs: Glyphs } {
	const shape = shaper(font, features);
	const glyphs: Glyphs = [];
	text.split(' ').forEach((word, i) => {
		if (i > 0) glyphs.push(...shape(' ').glyphs);
		if (word) glyphs.push(...shape(word).glyphs);
	});
	return { glyphs };
}

/**
 * Whether the glyphs drawn for `text` read back as it when copied or read aloud: pdf-lib writes the
 * characters of each glyph object into the font's ToUnicode map. fontkit keeps one object per glyph, with
 * the characters it was first shaped from, so a glyph that shaping reaches from other characters (a
 * ligature, a letter split into base and mark) can read back as something else; tags.ts then adds the
 * real text. Known per word, from the shaping cache.
 */
export function readsBack(data: Uint8Array, text: string, features: Features): boolean {
	const font = parsed.get(data);
	if (!font) return true;
	const shape = shaper(font, features);
	return text
		.split(' ')
		.every((word, i) => (i === 0 || shape(' ').faithful) && (!word || shape(word).faithful));
}

/**
 * The advance of each glyph drawn for `text`, in em (times the size gives points), in the order pdf-lib
 * encodes them: for drawing glyphs one by one (glyphs.ts). The font must have been parsed (embedded).
 */
export function glyphAdvances(data: Uint8Array, text: string, features: Features): number[] {
	const font = parsed.get(data)!;
	return layoutByWord(font, text, features).glyphs.map((glyph) => glyph.advanceWidth / font.unitsPerEm);
}

/** The Arabic tatweel, which joins on both sides: beside it a letter takes its joined forms. */
const TATWEEL = 0x0640;
const LAM = 'ل';

/**
 * The Arabic font's joined forms of each letter (and lam-alef ligatures) are glyphs of their own, reached
 * only by shaping, and some are parts of other letters' glyphs. Shaped once here, in one text, each is made
 * with its own letter, before any subset can ask for it as a part without one (see `create`).
 */
function joinedForms(font: fontkit.Font) {
	if (!font.hasGlyphForCodePoint(TATWEEL)) return;
	const tatweel = String.fromCodePoint(TATWEEL);
	const letters = font.characterSet
		.filter((codePoint) => codePoint >= 0x0600 && codePoint < 0x0780)
		.map((codePoint) => String.fromCodePoint(codePoint));
	const forms = letters.flatMap((l) => [
		l + tatweel,
		tatweel + l + tatweel,
		tatweel + l,
		LAM + l,
		tatweel + LAM + l
	]);
	font.layout(forms.join(' '), { ccmp: false }, undefined, undefined, 'ltr');
}

export const fontkitAdapter = {
	create(data: Uint8Array) {
		let font = parsed.get(data);
		if (!font) {
			font = fontkit.create(data as Parameters<typeof fontkit.create>[0]) as fontkit.Font;
			// fontkit keeps one object per glyph, with the characters of its first use, and pdf-lib writes
			// those into the ToUnicode map. The subsetter asks for the parts of a composed letter (Ž holds
			// a Z) without characters, so a document with Ž and no Z would make every later Z read back
			// as nothing. Each glyph of the character map is made first with its own character.
			for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
			joinedForms(font);
			parsed.set(data, font);
		}
		return new Proxy<fontkit.Font>(font, {
			get(target, property) {
				if (property === 'layout') {
					return (text: string, features?: Features) => layoutByWord(target, text, features ?? NO_FEATURES);
				}
				if (property === 'createSubset') {
					return () => {
						const subset = target.createSubset();
						return {
							includeGlyph: (glyph: Parameters<Subset['includeGlyph']>[0]) => subset.includeGlyph(glyph),
							encodeStream: () => encodeStream(subset)
						};
					};
				}
				const value = Reflect.get(target, property, target);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
	}
} as unknown as Fontkit;
