/**
 * Page layout as pure functions: blocks of headings and paragraphs laid out at one size (fit.ts fits them
 * onto one page). The output is positioned lines, each with the structure element it belongs to (a
 * heading, a paragraph, a list item's label or body), for the tagged PDF; drawing them is document.ts's
 * job. On a bilingual page an element's fixed words follow it in the second language (also.ts); a
 * right-to-left paragraph's lines are aligned right (`alignRight`).
 * Coordinates are PDF points with y growing upwards, as pdf-lib draws.
 */
import { ALSO_SCALE, placeAlso } from './also';
import type { Node } from './tags';
import type { Block, Box, FitOptions, Layout, Line, Metrics, Paragraph, Rule } from './layout-types';
import { directions, withSuffix, wordBreaks, wrap } from './wrap';

export type * from './layout-types';

export const LINE_HEIGHT = 1.32;
const HEADING_SCALE = 1.12;
const ASIDE_WIDTH = 44;
const BULLET = '•';

export interface Caps {
	/** Most lines a paragraph may keep. */
	lines: number;
	/** Most paragraphs a block may keep. */
	paragraphs: number;
}

/** A lead with a translation stands on lines of its own, its translation beside it (see `Paragraph.also`). */
const leadApart = (p: Paragraph) => p.lead !== undefined && p.also !== undefined;

/** A paragraph's label, lead and text as one, as it is wrapped. */
export function whole(p: Paragraph): string {
	const text = p.lead && !leadApart(p) ? `${p.lead} ${p.text}` : p.text;
	return p.label === undefined ? text : `${p.label} ${text}`;
}

/** Wraps a paragraph's whole text; fitBlocks (fit.ts) remembers what it wrapped (memoWrap). */
type WrapParagraph = (p: Paragraph, width: number, size: number, bold: boolean) => string[];

/** Lays the blocks out from the top of the box at one size; `end` may fall below the box. */
export function layoutBlocks(
	blocks: readonly Block[],
	box: Box,
	size: number,
	metrics: Metrics,
	options: Pick<FitOptions, 'more' | 'moreItems' | 'also' | 'rtl'>,
	caps: Caps = { lines: Infinity, paragraphs: Infinity },
	/** Stop as soon as the content passes this y: the caller only needs to know that it does not fit. */
	stopBelow = -Infinity,
	wrapParagraph: WrapParagraph = (p, ...rest) => wrap(whole(p), ...rest, metrics)
): Layout {
	const lines: Line[] = [];
	const rules: Rule[] = [];
	const lead = size * LINE_HEIGHT;
	const width = box.right - box.left;
	let y = box.top;
	let truncated = false;
	/**
	 * Puts `text`, the second language of `parent`, after that element's last line (`last`), within the
	 * column from `left` to `right`; gives the baseline and size of the last line drawn.
	 */
	const translate = (text: string, parent: Node, last: Line, left: number, right: number) => {
		last.spaceAfter = true;
		const end = last.x + metrics.width(last.text, last.size, last.bold);
		const at = {
			parent,
			lang: options.also?.lang ?? '',
			end,
			baseline: last.y,
			left,
			right,
			size: last.size
		};
		const placed = placeAlso(text, at, metrics);
		lines.push(...placed.lines);
		return placed.baseline === last.y
			? { baseline: last.y, size: last.size }
			: { baseline: placed.baseline, size: last.size * ALSO_SCALE };
	};

	for (const block of blocks) {
		if (block.heading) {
			const headingSize = size * HEADING_SCALE;
			const tag: Node = { role: 'H2' };
			const wrapped = wrap(block.heading, width, headingSize, true, metrics);
			const breaks = wordBreaks(wrapped);
			wrapped.forEach((text, i) => {
				const base = y - headingSize - i * headingSize * LINE_HEIGHT;
				const line: Line = {
					text,
					x: box.left,
					y: base,
					size: headingSize,
					bold: true,
					tag,
					spaceAfter: breaks[i]
				};
				if (options.rtl) alignRight([line], box.right, metrics);
				lines.push(line);
			});
			let last = { baseline: lines.at(-1)!.y, size: headingSize };
			if (block.headingAlso) last = translate(block.headingAlso, tag, lines.at(-1)!, box.left, box.right);
			y = last.baseline - last.size * 0.45;
			rules.push({ x1: box.left, x2: box.right, y });
			y -= size * 0.35;
		}
		let paragraphs = block.paragraphs;
		if (!block.keepAll && paragraphs.length > caps.paragraphs) {
			const more: Paragraph = { text: options.moreItems, also: options.also?.moreItems };
			paragraphs = [...paragraphs.slice(0, Math.max(0, caps.paragraphs - 1)), more];
			truncated = true;
		}
		/** The list that list items go into; a paragraph that is not one ends it. */
		let list: Node | undefined;
		for (const p of paragraphs) {
			const apart = leadApart(p);
			// A paragraph with a bold lead is measured in bold throughout, so that no line can be too wide.
			const bold = p.bold ?? (p.lead !== undefined && !apart);
			const indent = p.bullet ? metrics.width(`${BULLET} `, size, bold) : 0;
			const textWidth = width - indent - (p.aside !== undefined ? ASIDE_WIDTH : 0);
			if (y < stopBelow) return { size, lines, rules, end: y, truncated };
			const item = p.bullet || p.label !== undefined;
			list = item ? (list ?? { role: 'L' }) : undefined;
			const li: Node | undefined = item ? { role: 'LI', parent: list } : undefined;
			const label: Node | undefined = li && { role: 'Lbl', parent: li };
			const tag: Node = li ? { role: 'LBody', parent: li } : { role: p.title ? 'H1' : 'P' };
			/** Where the text starts on its first line: after the label, where a translation beneath starts. */
			const start = box.left + indent + (p.label ? metrics.width(`${p.label} `, size, bold) : 0);
			const right = box.left + indent + textWidth;
			/**
			 * A list item of a right-to-left document is mirrored: its label or bullet at the right margin, its
			 * text ending left of that, its aside at the left margin (as a browser shows `<ol dir="rtl">`).
			 */
			const mirrored = options.rtl === true && item;
			const labelWidth = p.label ? metrics.width(`${p.label} `, size, bold) : indent;
			if (apart) {
				// The question on its own lines with its translation, then the answer.
				const wrapped = wrap(p.lead!, textWidth, size, true, metrics);
				const breaks = wordBreaks(wrapped);
				for (const [i, text] of wrapped.entries()) {
					y -= lead;
					lines.push({ text, x: start, y: y + size * 0.3, size, bold: true, tag, spaceAfter: breaks[i] });
				}
				const last = translate(p.also!, tag, lines.at(-1)!, start, right);
				lines.at(-1)!.spaceAfter = true;
				y = Math.min(y, last.baseline - size * 0.3);
			}
			let wrapped = wrapParagraph(p, textWidth, size, bold);
			const breaks = wordBreaks(wrapped);
			const rtl =
				p.title && options.rtl
					? wrapped.map(() => true)
					: p.dir === 'ltr'
						? []
						: directions(wrapped, () => whole(p));
			const answerRtl = p.lead !== undefined ? directions(wrapped, p.text) : [];
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
			/** The baseline of the paragraph's first line, where its aside goes. */
			let aside: number | undefined;
			// How many characters of the lead are still to be drawn in bold, on this line and the next.
			let leadLeft = p.lead && !apart ? p.lead.split(/ +/).filter(Boolean).join(' ').length : 0;
			wrapped.forEach((line, i) => {
				y -= lead;
				let x = box.left + indent;
				let text = line;
				const base = y + size * 0.3;
				const pieces: Line[] = [];
				if (i === 0) aside = base;
				if (label && p.bullet && i === 0)
					pieces.push({ text: BULLET, x: box.left, y: base, size, bold, tag: label });
				if (label && p.label && i === 0) {
					// The label is the line's first word: drawn on its own, where it stands in the whole line.
					pieces.push({ text: p.label, x, y: base, size, bold, tag: label });
					text = text.slice(p.label.length).trimStart();
					x = start;
				}
				if (p.lead === undefined || apart) {
					if (text) pieces.push({ text, x, y: base, size, bold, tag });
				} else {
					const strong = text.slice(0, leadLeft);
					const rest = text.slice(strong.length).trimStart();
					if (strong) pieces.push({ text: strong, x, y: base, size, bold: true, tag });
					if (rest) {
						const after = strong ? metrics.width(`${strong} `, size, true) : 0;
						// The answer keeps its own direction, set apart from the question (as HTML's <bdi>).
						const piece: Line = { text: rest, x: x + after, y: base, size, bold: p.bold ?? false, tag };
						if (answerRtl[i]) piece.rtl = true;
						pieces.push(piece);
					}
					leadLeft = Math.max(0, leadLeft - text.length - 1);
				}
				if (mirrored) {
					const mark = pieces.find((piece) => piece.tag === label);
					if (mark) mark.x = box.right - metrics.width(mark.text, size, bold);
					const body = pieces.filter((piece) => piece.tag === tag);
					const bodyRight = box.right - (i === 0 ? labelWidth : indent);
					if (rtl[i]) alignRight(body, bodyRight, metrics);
					else endAt(body, bodyRight, metrics);
				} else if (rtl[i])
					alignRight(
						pieces.filter((piece) => piece.tag === tag),
						box.left + indent + textWidth,
						metrics
					);
				// Pieces of a line are whole words; after the last, a word break or the aside may follow.
				const last = i === wrapped.length - 1;
				pieces.forEach((piece, n) => {
					piece.spaceAfter = n < pieces.length - 1 || (last ? p.aside !== undefined : breaks[i]!);
					lines.push(piece);
				});
			});
			const lastLine = lines.at(-1);
			if (p.also && !apart && lastLine?.tag === tag) {
				// Mirrored, the translation goes beneath: beside the text would be over the label.
				const column = mirrored
					? [
							box.left + (p.aside !== undefined ? ASIDE_WIDTH : 0),
							lastLine.x + metrics.width(lastLine.text, size, lastLine.bold)
						]
					: [start, right];
				const last = translate(p.also, tag, lastLine, column[0]!, column[1]!);
				if (p.aside !== undefined) lines.at(-1)!.spaceAfter = true;
				y = Math.min(y, last.baseline - size * 0.3);
			}
			// The aside stands beside the first line but is read after the whole paragraph.
			if (p.aside !== undefined && aside !== undefined) {
				const side = mirrored ? { x: box.left } : { x: box.right, alignRight: true };
				lines.push({ text: p.aside, ...side, y: aside, size, bold, tag });
			}
		}
		y -= size * 0.9;
	}
	return { size, lines, rules, end: y, truncated };
}

/** A left-to-right line in a right-to-left list: its pieces in their order, moved to end at `right`. */
function endAt(pieces: Line[], right: number, metrics: Metrics) {
	const end = Math.max(...pieces.map((piece) => piece.x + metrics.width(piece.text, piece.size, piece.bold)));
	for (const piece of pieces) piece.x += right - end;
}

/**
 * A right-to-left line: its pieces from the right edge of the column leftwards, each one space apart
 * (the space drawn after a piece shows at its left).
 */
function alignRight(pieces: Line[], right: number, metrics: Metrics) {
	for (const piece of pieces) {
		piece.x = right - metrics.width(piece.text, piece.size, piece.bold);
		piece.rtl = true;
		piece.right = right;
		right = piece.x - metrics.width(' ', piece.size, piece.bold);
	}
}
