/**
 * One line of text as the pieces that are drawn, each with its font and its place on the line: where the
 * font changes (Arabic and Ethiopic have fonts of their own, scripts.ts) and, for Arabic, in the order the
 * Unicode bidi algorithm (bidi-js, UAX #9) gives (docs/pdf.md, "Right to left"). Pure: the caller gives the
 * widths. Part of what loads only for text beyond Latin (beyond-latin.ts).
 */
import bidiFactory from 'bidi-js';
import { fontRuns, scriptOf, type Script } from './scripts';

const bidi = bidiFactory();

export interface Piece {
	/** Its characters in reading order; a character shown mirrored is its mirror image. */
	text: string;
	/** The script font that draws it; undefined: Noto Sans. */
	script: Script | undefined;
	/** Shown right to left: its first glyph at the right. */
	rtl: boolean;
	/** Its left edge, from the line's left edge, in points. */
	x: number;
	width: number;
}

/** A piece's width in points, from its font. */
export type Width = (text: string, script: Script | undefined) => number;

/** Arabic letters and digits: only these make a line need the bidi algorithm. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f]/;

/**
 * The pieces of a line, in reading order (the order they are drawn in, so that the text reads back
 * right), each placed where the bidi algorithm shows it. `rtl`: the line reads from right to left.
 * `alignedRight`: it is a line of a right-to-left paragraph, aligned right, so the space after its last
 * word shows at its left (rule L1); otherwise that space stays at the right, where the next word follows.
 * A line without Arabic that reads from left to right is one piece per font, from left to right.
 */
export function linePieces(text: string, rtl: boolean, width: Width, alignedRight = rtl): Piece[] {
	const body = text.trimEnd();
	const units = rtl || ARABIC.test(body) ? byLevel(body, rtl) : leftToRight(body);
	if (body.length < text.length) {
		units.push({ text: text.slice(body.length), script: undefined, level: alignedRight ? 1 : 0 });
	}
	const pieces = units.map((unit) => ({
		text: unit.text,
		script: unit.script,
		rtl: unit.level % 2 === 1,
		x: 0,
		width: width(unit.text, unit.script)
	}));
	let x = 0;
	for (const i of visualOrder(units.map((unit) => unit.level))) {
		pieces[i]!.x = x;
		x += pieces[i]!.width;
	}
	return pieces;
}

interface Unit {
	text: string;
	script: Script | undefined;
	level: number;
}

function leftToRight(text: string): Unit[] {
	return fontRuns(text).map((run) => ({ ...run, level: 0 }));
}

/** Runs of one font and one embedding level, mirrored characters mirrored. */
function byLevel(text: string, rtl: boolean): Unit[] {
	const levels = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr').levels;
	const units: Unit[] = [];
	let i = 0;
	for (const char of text) {
		const level = levels[i]!;
		i += char.length;
		const script = scriptOf(char.codePointAt(0)!);
		const shown = level % 2 === 1 ? (bidi.getMirroredCharacter(char) ?? char) : char;
		const last = units.at(-1);
		if (last && last.script === script && last.level === level) last.text += shown;
		else units.push({ text: shown, script, level });
	}
	return units;
}

/**
 * Rule L2 of the bidi algorithm on runs of one level: from the highest level down to the lowest odd
 * one, every stretch of runs at that level or higher is reversed. Gives the runs' indices from left to
 * right; a run at an odd level is itself shown from right to left.
 */
export function visualOrder(levels: readonly number[]): number[] {
	const order = levels.map((_, i) => i);
	if (levels.length === 0) return order;
	const highest = Math.max(...levels);
	const lowestOdd = Math.min(...levels) | 1;
	for (let level = highest; level >= lowestOdd; level--) {
		for (let i = 0; i < order.length; i++) {
			if (levels[order[i]!]! < level) continue;
			let end = i;
			while (end + 1 < order.length && levels[order[end + 1]!]! >= level) end++;
			order.splice(i, end - i + 1, ...order.slice(i, end + 1).reverse());
			i = end;
		}
	}
	return order;
}
