/**
 * Where the blank worksheet's things go, as pure functions over a `Metrics`: each entry of the plan
 * (worksheet-plan.ts) becomes a piece, a height and what to draw in it, each text with the structure
 * element it belongs to. worksheet.ts keeps pieces whole on a page and draws them.
 */
import { A4, MARGIN } from './document';
import { LINE_HEIGHT, type Metrics } from './layout';
import type { Node } from './tags';
import { spaced, wrap } from './wrap';
import type { Entry } from './worksheet-plan';

/** Room between writing lines: a little more than lined paper, for unpractised handwriting. */
export const GAP = 24;
/** Records' questions stand in from their heading. */
const INDENT = 14;
const RIGHT = A4.width - MARGIN;
/** The minutes column at the right of the agenda's topics. */
const MINUTES = 44;
export const BOX = 9;
const OPTION = { size: 9.5, row: 18, box: 14, space: 18 };

/** What to draw, with y measured downwards from the top of its piece; text into its structure element. */
export type Op =
	| {
			kind: 'text';
			x: number;
			dy: number;
			text: string;
			size: number;
			bold?: boolean;
			muted?: boolean;
			tag: Node;
	  }
	| { kind: 'box'; x: number; dy: number }
	| { kind: 'rule'; x1: number; x2: number; dy: number }
	| { kind: 'lines'; x1: number; x2: number; dy: number; count: number; label: string };
export interface Piece {
	height: number;
	ops: Op[];
}

export const piece = (...parts: Piece[]): Piece => ({
	height: parts.reduce((sum, p) => sum + p.height, 0),
	ops: parts.flatMap((p, i) => {
		const shift = parts.slice(0, i).reduce((sum, q) => sum + q.height, 0);
		return p.ops.map((op) => ({ ...op, dy: op.dy + shift }));
	})
});
export const space = (height: number): Piece => ({ height, ops: [] });

export function pieces(metrics: Metrics) {
	const width = (text: string, size: number, bold = false) => metrics.width(text, size, bold);

	/** A wrapped paragraph, or another element when `tag` says so. */
	const text = (
		value: string,
		size: number,
		x: number,
		bold = false,
		muted = false,
		tag: Node = { role: 'P' }
	): Piece => {
		const lines = spaced(wrap(value, RIGHT - x, size, bold, metrics));
		const step = size * LINE_HEIGHT;
		return {
			height: lines.length * step,
			ops: lines.map((line, i) => ({
				kind: 'text' as const,
				x,
				dy: (i + 1) * step - size * 0.3,
				text: line,
				size,
				bold,
				muted,
				tag
			}))
		};
	};

	/** Tick boxes in even columns, row by row, so that the boxes line up: a list of the options. */
	const grid = (options: string[], x: number): Piece => {
		const widest = Math.max(...options.map((o) => width(o, OPTION.size))) + OPTION.box + OPTION.space;
		const columns = Math.max(1, Math.min(options.length, Math.floor((RIGHT - x) / widest)));
		const list: Node = { role: 'L' };
		const ops = options.flatMap((option, i): Op[] => {
			const ox = x + (i % columns) * widest;
			const dy = Math.floor(i / columns) * OPTION.row + OPTION.size + 2;
			const tag: Node = { role: 'LBody', parent: { role: 'LI', parent: list } };
			return [
				{ kind: 'box', x: ox, dy: dy + 1 },
				{ kind: 'text', x: ox + OPTION.box, dy, text: option, size: OPTION.size, tag }
			];
		});
		return { height: Math.ceil(options.length / columns) * OPTION.row, ops };
	};

	const entry = (e: Entry): Piece => {
		if (e.kind === 'heading') {
			// A list of records under its section (H2), each record under the list.
			return e.level === 1
				? piece(space(6), text(e.text, 10.5, MARGIN, true, false, { role: 'H3' }), space(4))
				: piece(space(4), text(e.text, 9.5, MARGIN, true, true, { role: 'H4' }), space(2));
		}
		const x = MARGIN + (e.sub ? INDENT : 0);
		const size = e.sub ? 9.5 : 10;
		const bold = !e.sub;
		const labelWidth = width(e.label, size, bold);
		const after = space(e.sub ? 6 : 12);
		if (e.kind === 'choice') {
			return piece(text(e.label, size, x, bold), space(4), grid(e.options, x + (e.sub ? 0 : 4)), after);
		}
		if (e.lines === 1 && !e.numbered && labelWidth <= (RIGHT - x) / 2) {
			const ops: Op[] = [
				{ kind: 'text', x, dy: GAP - 4, text: e.label, size, bold, tag: { role: 'P' } },
				{ kind: 'lines', x1: x + labelWidth + 8, x2: RIGHT, dy: 0, count: 1, label: e.label }
			];
			return piece({ height: GAP + 2, ops }, after);
		}
		const number = e.numbered ? 18 : 0;
		const x2 = e.minutes ? RIGHT - MINUTES - 16 : RIGHT;
		const label = text(e.label, size, x, bold);
		const ops: Op[] = [{ kind: 'lines', x1: x + number, x2, dy: 0, count: e.lines, label: e.label }];
		// Numbered lines are a list whose items are only their numbers: the rest is for the pen.
		const list: Node = { role: 'L' };
		for (let i = 1; i <= e.lines; i++) {
			if (e.numbered) {
				const tag: Node = { role: 'Lbl', parent: { role: 'LI', parent: list } };
				ops.push({ kind: 'text', x, dy: i * GAP - 4, text: `${i}.`, size, muted: true, tag });
			}
			if (e.minutes) ops.push({ kind: 'rule', x1: RIGHT - MINUTES, x2: RIGHT, dy: i * GAP });
		}
		let tail = space(2);
		if (e.minutes) {
			const heading = width(e.minutes.heading, 9);
			label.ops.push({
				kind: 'text',
				x: RIGHT - heading,
				dy: label.height - 3,
				text: e.minutes.heading,
				size: 9,
				muted: true,
				tag: { role: 'P' }
			});
			const total = width(e.minutes.total, size, true);
			tail = {
				height: GAP + 4,
				ops: [
					{
						kind: 'text',
						x: RIGHT - MINUTES - 8 - total,
						dy: GAP - 4,
						text: e.minutes.total,
						size,
						bold: true,
						tag: { role: 'P' }
					},
					{ kind: 'rule', x1: RIGHT - MINUTES, x2: RIGHT, dy: GAP }
				]
			};
		}
		return piece(label, { height: e.lines * GAP + 2, ops }, tail, after);
	};
	return { text, entry };
}
