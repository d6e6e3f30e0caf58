/** What the agreement sheet's parts share: type sizes, room, the page's width, and wrapped lines. */
import { A4, lineStart, MARGIN } from './document';

/** Wrapped lines, with whether each reads from right to left (then aligned right in its column). */
export type Lines = string[] & { rtl: boolean[] };

/** No lines. */
export const NONE: Lines = Object.assign([], { rtl: [] });

/** A wrapped line's start: its left edge, or its column's right edge where a right-to-left line ends. */
export const start = (lines: Lines, n: number, left: number, right: number) =>
	lineStart(lines.rtl[n], left, right);

/**
 * A wrapped line's start on a page that reads from right to left (`mirrored`): every line ends at its
 * column's right edge, a left-to-right one in its own word order (`width` measures it). Else `start`.
 */
export const startOn = (
	mirrored: boolean,
	width: (text: string) => number,
	...[lines, n, left, right]: Parameters<typeof start>
) => (mirrored && !lines.rtl[n] ? { x: right - width(lines[n]!.trimEnd()) } : start(lines, n, left, right));

/** Type sizes, in points. */
export const SIZE = { title: 16, details: 10, cell: 9, list: 9.5, tail: 10, proposal: 8.5 } as const;
/** Room inside a cell, after the title block, between the closing fields, in points. */
export const SPACE = {
	pad: 4,
	afterTitle: 5,
	beforeDetails: 13,
	afterDetails: 14,
	list: 10,
	tail: 22,
	field: 34
};
export const WIDTH = A4.width - 2 * MARGIN;
export const RIGHT = A4.width - MARGIN;
