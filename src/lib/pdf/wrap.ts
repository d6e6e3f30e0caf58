/**
 * Breaking text into lines no wider than a width, as pure functions over a `Metrics`: the shared step of
 * every document's layout.
 */
import type { Metrics } from './layout';
import { rightToLeft } from './scripts';

/** An Arabic letter: only a text with one can have a paragraph that reads from right to left. */
const RIGHT_TO_LEFT = /[\u0600-\u06ff\u0750-\u077f]/;

/**
 * Lines as `wrap` makes them: with whether a word break follows each (see `wordBreaks`) and, for a text
 * with right-to-left letters, which of its paragraphs (lines the parent typed) each is part of.
 */
type Wrapped = string[] & { breaks?: boolean[]; parts?: number[] };

/**
 * Keeps the breaks and parts on the array itself, not enumerable (the array still equals its lines): a
 * WeakMap beside it made shrink-to-fit half again as slow.
 */
function withBreaks(lines: string[], breaks: boolean[], parts?: number[]): Wrapped {
	Object.defineProperty(lines, 'breaks', { value: breaks });
	return parts ? Object.defineProperty(lines, 'parts', { value: parts }) : lines;
}

/** Splits text into lines no wider than `width`; breaks inside a word only when the word alone is too wide. */
export function wrap(text: string, width: number, size: number, bold: boolean, metrics: Metrics): string[] {
	const space = metrics.width(' ', size, bold);
	const lines: string[] = [];
	/** Whether a word break follows each line: filled in when a word starts a new line. */
	const breaks: boolean[] = [];
	const paragraphs = text.split('\n');
	/** The paragraph of each line, when one could read from right to left. */
	const parts: number[] | undefined = RIGHT_TO_LEFT.test(text) ? [] : undefined;
	paragraphs.forEach((paragraph, part) => {
		let line = '';
		let used = 0;
		for (const word of paragraph.split(/ +/).filter(Boolean)) {
			const w = metrics.width(word, size, bold);
			if (line && used + space + w <= width) {
				line += ` ${word}`;
				used += space + w;
				continue;
			}
			if (line) {
				lines.push(line);
				breaks.push(true);
			}
			if (w <= width) {
				line = word;
				used = w;
				continue;
			}
			line = '';
			for (const char of word) {
				if (line && metrics.width(line + char, size, bold) > width) {
					lines.push(line);
					breaks.push(false);
					line = '';
				}
				line += char;
			}
			used = metrics.width(line, size, bold);
		}
		lines.push(line);
		breaks.push(true);
		while (parts && parts.length < lines.length) parts.push(part);
	});
	breaks[breaks.length - 1] = false;
	return withBreaks(lines, breaks, parts);
}

/**
 * For each line `wrap` made, whether a word break follows it: a space or a line break the parent typed,
 * not the middle of a word too long for the line; the last line has none. The documents draw that space at
 * the line's end: it shows nothing, but when the text is copied or read aloud the words stay apart.
 */
export function wordBreaks(lines: readonly string[]): boolean[] {
	return (lines as Wrapped).breaks ?? lines.map(() => false);
}

/**
 * For each line `wrap` made of `text`, whether its paragraph (a line the parent typed) reads from right to
 * left (scripts.ts `rightToLeft`); an empty list when none can. `text` may also be the end of the
 * wrapped text after words of one line (an answer after its question): the answer's own direction.
 */
export function directions(lines: readonly string[], text: string | (() => string)): boolean[] {
	const parts = (lines as Wrapped).parts;
	// Most text has no right-to-left letter: then no array per line, and the text is not even joined.
	if (!parts) return [];
	if (typeof text === 'function') text = text();
	const rtl = text.split('\n').map(rightToLeft);
	return parts.map((part) => rtl[part] ?? false);
}

/** The lines with a space at the end of each that a word break follows, for drawing; directions kept. */
export function spaced(lines: readonly string[]): string[] {
	const breaks = wordBreaks(lines);
	const drawn = lines.map((line, i) => (breaks[i] ? `${line} ` : line));
	const parts = (lines as Wrapped).parts;
	return parts ? Object.defineProperty(drawn, 'parts', { value: parts }) : drawn;
}

/**
 * Remembers wrapped paragraphs while one page is fitted: the same paragraph is wrapped at the same size many
 * times. Found by the paragraph object, so a long text is never hashed again (nor joined again with its lead).
 */
export function memoWrap<P extends object>(
	metrics: Metrics,
	textOf: (paragraph: P) => string
): (paragraph: P, width: number, size: number, bold: boolean) => string[] {
	const memo = new Map<P, Map<string, string[]>>();
	return (paragraph, width, size, bold) => {
		let byParagraph = memo.get(paragraph);
		if (!byParagraph) memo.set(paragraph, (byParagraph = new Map()));
		const key = `${size}|${width}|${bold ? 1 : 0}`;
		let lines = byParagraph.get(key);
		if (!lines) {
			lines = wrap(textOf(paragraph), width, size, bold, metrics);
			byParagraph.set(key, lines);
		}
		return lines;
	};
}

/** Cuts a line so that `suffix` fits after it within `width`. */
export function withSuffix(
	line: string,
	suffix: string,
	width: number,
	size: number,
	bold: boolean,
	metrics: Metrics
) {
	let text = line.trimEnd();
	while (text && metrics.width(`${text} ${suffix}`, size, bold) > width)
		text = [...text].slice(0, -1).join('');
	return text ? `${text} ${suffix}` : suffix;
}

/**
 * The text in at most `max` lines; when it needs more, the last line keeps what fits and ends with `more`
 * ("… (meer in de app)"), so that the start of the text is never replaced by the marker.
 */
export function wrapAtMost(
	text: string,
	width: number,
	size: number,
	bold: boolean,
	metrics: Metrics,
	max: number,
	more: string
): { lines: string[]; shortened: boolean } {
	const lines = wrap(text, width, size, bold, metrics);
	if (lines.length <= max) return { lines, shortened: false };
	const kept = lines.slice(0, max);
	kept[max - 1] = withSuffix(kept[max - 1]!, more, width, size, bold, metrics);
	const breaks = [...wordBreaks(lines).slice(0, max - 1), false];
	return { lines: withBreaks(kept, breaks, (lines as Wrapped).parts?.slice(0, max)), shortened: true };
}
