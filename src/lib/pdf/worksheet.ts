/**
 * The blank worksheet for trainers and for parents without a smartphone: everything the app asks, with
 * tick boxes and room to write, on A4 pages. What it asks comes from worksheet-plan.ts, where each thing
 * goes from worksheet-pieces.ts; this file keeps things together on a page and draws them, tagged.
 * Nothing about any parent is in it.
 */
import type { Language } from '$lib/model/constants';
import { m } from '$lib/messages';
import {
	createCanvas,
	drawFooter,
	drawLines,
	drawWritingLines,
	INK,
	LINE,
	MARGIN,
	MUTED,
	type FontFiles,
	type TextLine
} from './document';
import type { Made } from './names';
import { pageCursor } from './page-cursor';
import { LAYOUT } from './tags';
import { BOX, GAP, piece, pieces, space, type Piece } from './worksheet-pieces';
import { worksheetPlan, type Entry } from './worksheet-plan';

/** A writing area as drawn: the lines it reserves, its page (from 1) and its y-range in PDF points. */
export interface PlacedArea {
	label: string;
	lines: number;
	page: number;
	top: number;
	bottom: number;
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
	const { text, entry } = pieces(canvas.metrics);
	const cursor = pageCursor(canvas);
	const areas: PlacedArea[] = [];

	const draw = (p: Piece) => {
		cursor.room(p.height);
		const page = cursor.page;
		/** A paragraph's lines, drawn together once its last line is reached. */
		let lines: TextLine[] = [];
		p.ops.forEach((op, i) => {
			const y = cursor.y - op.dy;
			if (op.kind === 'text') {
				const color = op.muted ? MUTED : INK;
				lines.push({ text: op.text, x: op.x, y, size: op.size, bold: op.bold, color });
				const next = p.ops[i + 1];
				if (next?.kind !== 'text' || next.tag !== op.tag) {
					drawLines(canvas, page, op.tag, lines);
					lines = [];
				}
			} else if (op.kind === 'box') {
				canvas.tags.mark(page, LAYOUT, () =>
					page.drawRectangle({ x: op.x, y, width: BOX, height: BOX, borderColor: MUTED, borderWidth: 0.8 })
				);
			} else if (op.kind === 'rule') {
				canvas.tags.mark(page, LAYOUT, () =>
					page.drawLine({ start: { x: op.x1, y }, end: { x: op.x2, y }, thickness: 0.5, color: LINE })
				);
			} else {
				drawWritingLines(canvas, page, op.x1, op.x2, y, op.count, GAP);
				const at = canvas.doc.getPageCount();
				areas.push({ label: op.label, lines: op.count, page: at, top: y, bottom: y - op.count * GAP });
			}
		});
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

	draw(
		piece(
			text(plan.title, 18, MARGIN, true, false, { role: 'H1' }),
			space(6),
			text(plan.intro, 10, MARGIN),
			space(16)
		)
	);
	entries(plan.start);
	for (const section of plan.sections) {
		const head = piece(
			section.caption ? text(section.caption, 9, MARGIN, false, true) : space(0),
			text(section.title, 14, MARGIN, true, false, { role: 'H2' }),
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
		bytes: await canvas.save(),
		fileName: `${m.pdf_worksheet_file({}, o)}.pdf`,
		replacedIn: [],
		areas
	};
}
