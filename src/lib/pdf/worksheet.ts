/**
 * The blank worksheet for trainers and for parents without a smartphone: everything the app asks, with
 * tick boxes and room to write, on A4 pages. What it asks comes from worksheet-plan.ts; this file places
 * and draws it. Nothing about any parent is in it.
 */
import type { Language } from '$lib/model/constants';
import { m } from '$lib/paraglide/messages.js';
import {
	A4,
	createCanvas,
	drawFooter,
	drawWritingLines,
	INK,
	LINE,
	MARGIN,
	MUTED,
	type Canvas,
	type FontFiles
} from './document';
import { LINE_HEIGHT } from './layout';
import { wrap } from './wrap';
import type { Made } from './names';
import { pageCursor } from './page-cursor';
import { worksheetPlan, type Entry } from './worksheet-plan';

/** A writing area as drawn: the lines it reserves, its page (from 1) and its y-range in PDF points. */
export interface PlacedArea {
	label: string;
	lines: number;
	page: number;
	top: number;
	bottom: number;
}

/** Room between writing lines: a little more than lined paper, for unpractised handwriting. */
const GAP = 24;
/** Records' questions stand in from their heading. */
const INDENT = 14;
const RIGHT = A4.width - MARGIN;
/** The minutes column at the right of the agenda's topics. */
const MINUTES = 44;
const BOX = 9;
const OPTION = { size: 9.5, row: 18, box: 14, space: 18 };

/** What to draw, with y measured downwards from the top of its piece. */
type Op =
	| { kind: 'text'; x: number; dy: number; text: string; size: number; bold?: boolean; muted?: boolean }
	| { kind: 'box'; x: number; dy: number }
	| { kind: 'rule'; x1: number; x2: number; dy: number }
	| { kind: 'lines'; x1: number; x2: number; dy: number; count: number; label: string };
interface Piece {
	height: number;
	ops: Op[];
}

const piece = (...parts: Piece[]): Piece => ({
	height: parts.reduce((sum, p) => sum + p.height, 0),
	ops: parts.flatMap((p, i) => {
		const shift = parts.slice(0, i).reduce((sum, q) => sum + q.height, 0);
		return p.ops.map((op) => ({ ...op, dy: op.dy + shift }));
	})
});
const space = (height: number): Piece => ({ height, ops: [] });

function pieces(canvas: Canvas) {
	const width = (text: string, size: number, bold = false) => canvas.metrics.width(text, size, bold);

	/** A wrapped paragraph. */
	const text = (value: string, size: number, x: number, bold = false, muted = false): Piece => {
		const lines = wrap(value, RIGHT - x, size, bold, canvas.metrics);
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
				muted
			}))
		};
	};

	/** Tick boxes in even columns, row by row, so that the boxes line up. */
	const grid = (options: string[], x: number): Piece => {
		const widest = Math.max(...options.map((o) => width(o, OPTION.size))) + OPTION.box + OPTION.space;
		const columns = Math.max(1, Math.min(options.length, Math.floor((RIGHT - x) / widest)));
		const ops = options.flatMap((option, i): Op[] => {
			const ox = x + (i % columns) * widest;
			const dy = Math.floor(i / columns) * OPTION.row + OPTION.size + 2;
			return [
				{ kind: 'box', x: ox, dy: dy + 1 },
				{ kind: 'text', x: ox + OPTION.box, dy, text: option, size: OPTION.size }
			];
		});
		return { height: Math.ceil(options.length / columns) * OPTION.row, ops };
	};

	const entry = (e: Entry): Piece => {
		if (e.kind === 'heading') {
			return e.level === 1
				? piece(space(6), text(e.text, 10.5, MARGIN, true), space(4))
				: piece(space(4), text(e.text, 9.5, MARGIN, true, true), space(2));
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
				{ kind: 'text', x, dy: GAP - 4, text: e.label, size, bold },
				{ kind: 'lines', x1: x + labelWidth + 8, x2: RIGHT, dy: 0, count: 1, label: e.label }
			];
			return piece({ height: GAP + 2, ops }, after);
		}
		const number = e.numbered ? 18 : 0;
		const x2 = e.minutes ? RIGHT - MINUTES - 16 : RIGHT;
		const label = text(e.label, size, x, bold);
		const ops: Op[] = [{ kind: 'lines', x1: x + number, x2, dy: 0, count: e.lines, label: e.label }];
		for (let i = 1; i <= e.lines; i++) {
			if (e.numbered) ops.push({ kind: 'text', x, dy: i * GAP - 4, text: `${i}.`, size, muted: true });
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
				muted: true
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
						bold: true
					},
					{ kind: 'rule', x1: RIGHT - MINUTES, x2: RIGHT, dy: GAP }
				]
			};
		}
		return piece(label, { height: e.lines * GAP + 2, ops }, tail, after);
	};
	return { text, entry };
}

/** Draws the worksheet and says where each writing area went, so that tests can check every line. */
export async function makeWorksheet(
	language: Language,
	fonts: FontFiles
): Promise<Made & { areas: PlacedArea[] }> {
	const o = { locale: language } as const;
	const plan = worksheetPlan(language);
	const canvas = await createCanvas(fonts, language);
	canvas.doc.setTitle(plan.title, { showInWindowTitleBar: true });
	const { text, entry } = pieces(canvas);
	const cursor = pageCursor(canvas);
	const areas: PlacedArea[] = [];

	const draw = (p: Piece) => {
		cursor.room(p.height);
		const page = cursor.page;
		for (const op of p.ops) {
			const y = cursor.y - op.dy;
			if (op.kind === 'text') {
				const font = op.bold ? canvas.bold : canvas.regular;
				page.drawText(op.text, { x: op.x, y, size: op.size, font, color: op.muted ? MUTED : INK });
			} else if (op.kind === 'box') {
				page.drawRectangle({ x: op.x, y, width: BOX, height: BOX, borderColor: MUTED, borderWidth: 0.8 });
			} else if (op.kind === 'rule') {
				page.drawLine({ start: { x: op.x1, y }, end: { x: op.x2, y }, thickness: 0.5, color: LINE });
			} else {
				drawWritingLines(page, op.x1, op.x2, y, op.count, GAP);
				const at = canvas.doc.getPageCount();
				areas.push({ label: op.label, lines: op.count, page: at, top: y, bottom: y - op.count * GAP });
			}
		}
		cursor.down(p.height);
	};

	/** Draws entries, keeping a heading with what it heads (a list with its first record, a record whole). */
	const entries = (list: Entry[], lead?: Piece, gapBefore = 0) => {
		const isSub = (e: Entry | undefined) => e !== undefined && e.kind !== 'heading' && e.sub;
		// A record ends with a little more space, so that what follows it does not read as part of it.
		const drawn = list.map((e, i) =>
			isSub(list[i - 1]) && !isSub(e) ? piece(space(8), entry(e)) : entry(e)
		);
		drawn.forEach((p, i) => {
			let end = i + 1;
			if (list[i]!.kind === 'heading') {
				while (list[end]?.kind === 'heading') end++;
				while (isSub(list[end])) end++;
			}
			const first = lead && i === 0 ? [lead] : [];
			const height = piece(...first, ...drawn.slice(i, end)).height;
			// The space above a section is left out at the top of a page.
			if (first.length === 0) cursor.room(height);
			else if (!cursor.room(gapBefore + height)) cursor.down(gapBefore);
			for (const f of first) draw(f);
			draw(p);
		});
	};

	draw(piece(text(plan.title, 18, MARGIN, true), space(6), text(plan.intro, 10, MARGIN), space(16)));
	entries(plan.start);
	for (const section of plan.sections) {
		const head = piece(
			section.caption ? text(section.caption, 9, MARGIN, false, true) : space(0),
			text(section.title, 14, MARGIN, true),
			section.intro ? piece(space(2), text(section.intro, 9.5, MARGIN, false, true)) : space(0),
			space(10)
		);
		entries(section.entries, head, 16);
	}

	const pages = canvas.doc.getPages();
	pages.forEach((p, i) => {
		drawFooter(canvas, p, m.pdf_worksheet_footer({ page: i + 1, pages: pages.length }, o));
	});
	return {
		bytes: await canvas.doc.save(),
		fileName: `${m.pdf_worksheet_file({}, o)}.pdf`,
		replacedIn: [],
		areas
	};
}
