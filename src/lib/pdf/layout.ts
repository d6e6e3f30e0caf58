/**
 * Page layout as pure functions: wrapping text to a width, and fitting a list of blocks onto one page by
 * first shrinking the type (never below the minimum size) and then shortening paragraphs with a visible
 * marker. The output is positioned lines; drawing them is someone else's job (document.ts).
 * Coordinates are PDF points with y growing upwards, as pdf-lib draws.
 */

/** How wide a text is at a size; the drawing side supplies it from the real font. */
export interface Metrics {
	width(text: string, size: number, bold: boolean): number;
}

export interface Paragraph {
	text: string;
	/** Words in bold before the text, such as the question an answer belongs to. */
	lead?: string;
	bold?: boolean;
	bullet?: boolean;
	/** A short text in a right-hand column, such as "10 min". */
	aside?: string;
}

export interface Block {
	heading?: string;
	paragraphs: Paragraph[];
	/** Never drop paragraphs of this block to make room (the agenda items themselves). */
	keepAll?: boolean;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface Line {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold: boolean;
	/** Right-aligned at x when set. */
	alignRight?: boolean;
}

export interface Rule {
	x1: number;
	x2: number;
	y: number;
}

export interface Layout {
	size: number;
	lines: Line[];
	rules: Rule[];
	/** The y where the content ends; the space below it is free (the notes box goes there). */
	end: number;
	truncated: boolean;
}

export interface FitOptions {
	maxSize: number;
	minSize: number;
	/** Height that must stay free under the content, for notes. */
	reserve: number;
	/** Put at the end of a shortened paragraph, e.g. "… (meer in de app)". */
	more: string;
	/** Put as a last paragraph when a block loses paragraphs. */
	moreItems: string;
}

import { memoWrap, withSuffix, wrap } from './wrap';

export const LINE_HEIGHT = 1.32;
const HEADING_SCALE = 1.12;
const ASIDE_WIDTH = 44;
const BULLET = '•';

interface Caps {
	/** Most lines a paragraph may keep. */
	lines: number;
	/** Most paragraphs a block may keep. */
	paragraphs: number;
}

/** Lays the blocks out from the top of the box at one size; `end` may fall below the box. */
export function layoutBlocks(
	blocks: readonly Block[],
	box: Box,
	size: number,
	metrics: Metrics,
	options: Pick<FitOptions, 'more' | 'moreItems'>,
	caps: Caps = { lines: Infinity, paragraphs: Infinity },
	/** Stop as soon as the content passes this y: the caller only needs to know that it does not fit. */
	stopBelow = -Infinity,
	wrapText: typeof wrap = wrap
): Layout {
	const lines: Line[] = [];
	const rules: Rule[] = [];
	const lead = size * LINE_HEIGHT;
	const width = box.right - box.left;
	let y = box.top;
	let truncated = false;

	for (const block of blocks) {
		if (block.heading) {
			const headingSize = size * HEADING_SCALE;
			y -= headingSize;
			for (const text of wrapText(block.heading, width, headingSize, true, metrics)) {
				lines.push({ text, x: box.left, y, size: headingSize, bold: true });
				y -= headingSize * LINE_HEIGHT;
			}
			y += headingSize * LINE_HEIGHT - headingSize * 0.45;
			rules.push({ x1: box.left, x2: box.right, y });
			y -= size * 0.35;
		}
		let paragraphs = block.paragraphs;
		if (!block.keepAll && paragraphs.length > caps.paragraphs) {
			paragraphs = [...paragraphs.slice(0, Math.max(0, caps.paragraphs - 1)), { text: options.moreItems }];
			truncated = true;
		}
		for (const p of paragraphs) {
			// A paragraph with a bold lead is measured in bold throughout, so that no line can be too wide.
			const bold = p.bold ?? p.lead !== undefined;
			const indent = p.bullet ? metrics.width(`${BULLET} `, size, bold) : 0;
			const textWidth = width - indent - (p.aside !== undefined ? ASIDE_WIDTH : 0);
			if (y < stopBelow) return { size, lines, rules, end: y, truncated };
			let wrapped = wrapText(p.lead ? `${p.lead} ${p.text}` : p.text, textWidth, size, bold, metrics);
			if (wrapped.length > caps.lines) {
				wrapped = wrapped.slice(0, caps.lines);
				wrapped[wrapped.length - 1] = withSuffix(
					wrapped.at(-1)!,
					options.more,
					textWidth,
					size,
					bold,
					metrics
				);
				truncated = true;
			}
			// How many characters of the lead are still to be drawn in bold, on this line and the next.
			let leadLeft = p.lead ? p.lead.split(/ +/).filter(Boolean).join(' ').length : 0;
			wrapped.forEach((text, i) => {
				y -= lead;
				const x = box.left + indent;
				const base = y + size * 0.3;
				if (p.bullet && i === 0) lines.push({ text: BULLET, x: box.left, y: base, size, bold });
				if (p.lead === undefined) lines.push({ text, x, y: base, size, bold });
				else {
					const strong = text.slice(0, leadLeft);
					const rest = text.slice(strong.length).trimStart();
					if (strong) lines.push({ text: strong, x, y: base, size, bold: true });
					if (rest) {
						const after = strong ? metrics.width(`${strong} `, size, true) : 0;
						lines.push({ text: rest, x: x + after, y: base, size, bold: p.bold ?? false });
					}
					leadLeft = Math.max(0, leadLeft - text.length - 1);
				}
				if (p.aside !== undefined && i === 0) {
					lines.push({ text: p.aside, x: box.right, y: y + size * 0.3, size, bold, alignRight: true });
				}
			});
		}
		y -= size * 0.9;
	}
	return { size, lines, rules, end: y, truncated };
}

/**
 * Fits the blocks into the box with `reserve` left free below them: the largest size from maxSize down
 * to minSize (half points) that fits; at minSize, paragraphs and then blocks are shortened with a marker.
 */
export function fitBlocks(blocks: readonly Block[], box: Box, metrics: Metrics, options: FitOptions): Layout {
	const limit = box.bottom + options.reserve;
	const fits = (layout: Layout) => layout.end >= limit;
	const wrapText = memoWrap(metrics);
	const at = (size: number, caps?: Caps) =>
		layoutBlocks(blocks, box, size, metrics, options, caps, limit, wrapText);
	for (let size = options.maxSize; size >= options.minSize; size -= 0.5) {
		const layout = at(size);
		if (fits(layout)) return layout;
	}
	const size = options.minSize;
	const longest = Math.max(1, ...blocks.flatMap((b) => b.paragraphs.map((p) => p.text.length)));
	const most = Math.max(1, ...blocks.map((b) => b.paragraphs.length));
	const largest = (low: number, high: number, at: (n: number) => Layout): Layout | undefined => {
		let best: Layout | undefined;
		while (low <= high) {
			const mid = Math.floor((low + high) / 2);
			const layout = at(mid);
			if (fits(layout)) {
				best = layout;
				low = mid + 1;
			} else high = mid - 1;
		}
		return best;
	};
	const shortened =
		largest(1, longest, (lines) => at(size, { lines, paragraphs: Infinity })) ??
		largest(1, most, (paragraphs) => at(size, { lines: 1, paragraphs })) ??
		layoutBlocks(blocks, box, size, metrics, options, { lines: 1, paragraphs: 1 }, -Infinity, wrapText);
	return clip(shortened, box);
}

/** Last safeguard: nothing is ever drawn below the box, whatever the input. */
function clip(layout: Layout, box: Box): Layout {
	const lines = layout.lines.filter((line) => line.y >= box.bottom);
	const rules = layout.rules.filter((rule) => rule.y >= box.bottom);
	const clipped = lines.length < layout.lines.length;
	return {
		...layout,
		lines,
		rules,
		end: Math.max(layout.end, box.bottom),
		truncated: layout.truncated || clipped
	};
}
