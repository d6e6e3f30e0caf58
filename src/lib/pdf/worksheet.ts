/**
 * The blank worksheet for trainers and for parents without a smartphone: the ten attention points with
 * their questions and room to write, on a few A4 pages. Made from the same step definitions as the app,
 * so paper and screen ask the same questions. Nothing about any parent is in it.
 */
import type { Language } from '$lib/model/constants';
import { m } from '$lib/paraglide/messages.js';
import { STEPS } from '$lib/steps/steps';
import type { Color, PDFPage } from 'pdf-lib';
import { A4, createCanvas, drawFooter, drawWritingLines, MARGIN, MUTED, type FontFiles } from './document';
import { LINE_HEIGHT, wrap } from './layout';
import type { Made } from './names';

const GAP = 20;

export async function makeWorksheet(language: Language, fonts: FontFiles): Promise<Made> {
	const o = { locale: language } as const;
	const canvas = await createCanvas(fonts, language);
	const title = m.pdf_worksheet_title({}, o);
	canvas.doc.setTitle(title, { showInWindowTitleBar: true });
	const width = A4.width - 2 * MARGIN;
	let page: PDFPage = canvas.addPage();
	let y = A4.height - MARGIN;

	/** Starts a new page when `height` does not fit below y. */
	const room = (height: number) => {
		if (y - height < MARGIN) {
			page = canvas.addPage();
			y = A4.height - MARGIN;
		}
	};
	const paragraph = (text: string, size: number, bold = false, color?: Color) => {
		for (const line of wrap(text, width, size, bold, canvas.metrics)) {
			room(size * LINE_HEIGHT);
			y -= size * LINE_HEIGHT;
			page.drawText(line, {
				x: MARGIN,
				y: y + size * 0.3,
				size,
				font: bold ? canvas.bold : canvas.regular,
				color
			});
		}
	};
	/** Choices as tick boxes (drawn, not a glyph: the font has no box character), flowing over lines. */
	const choices = (labels: string[]) => {
		const size = 9.5;
		let x = MARGIN;
		room(size * 2);
		y -= size * LINE_HEIGHT + 2;
		for (const label of labels) {
			const w = 14 + canvas.metrics.width(label, size, false) + 16;
			if (x + w > A4.width - MARGIN && x > MARGIN) {
				x = MARGIN;
				room(size * 2);
				y -= size * LINE_HEIGHT + 4;
			}
			page.drawRectangle({ x, y: y - 1, width: 9, height: 9, borderColor: MUTED, borderWidth: 0.8 });
			page.drawText(label, { x: x + 14, y, size, font: canvas.regular });
			x += w;
		}
		y -= 10;
	};
	const writing = (lines: number) => {
		room(lines * GAP + 4);
		drawWritingLines(page, MARGIN, A4.width - MARGIN, y, y - lines * GAP);
		y -= lines * GAP + 8;
	};

	paragraph(title, 18, true);
	y -= 4;
	paragraph(m.pdf_worksheet_intro({}, o), 10);
	y -= 10;
	for (const label of [
		m.start_child_name_label({}, o),
		m.start_meeting_type_label({}, o),
		m.start_meeting_date_label({}, o)
	]) {
		paragraph(label, 10, true);
		writing(1);
	}

	for (const step of STEPS) {
		room(120);
		y -= 10;
		paragraph(m.step_caption({ n: step.number, total: STEPS.length }, o), 9, false, MUTED);
		paragraph(step.title({}, o), 14, true);
		paragraph(step.intro({}, o), 9.5, false, MUTED);
		y -= 4;
		for (const field of step.fields) {
			if (field.name === 'meeting-type') continue;
			room(70);
			paragraph(field.label({}, o), 10, true);
			if (field.kind === 'records') {
				for (const sub of field.fields) {
					if (sub.kind === 'choice' && sub.options.length <= 5) {
						paragraph(sub.label({}, o), 9.5);
						choices(sub.options.map((opt) => opt.label({}, o)));
					} else {
						paragraph(sub.label({}, o), 9.5);
						writing(sub.kind === 'textarea' ? 2 : 1);
					}
				}
			} else if (field.kind === 'choice') {
				choices(field.options.map((opt) => opt.label({}, o)));
			} else {
				writing(field.kind === 'textarea' || field.kind === 'lines' ? 3 : 1);
			}
		}
	}
	const pages = canvas.doc.getPages();
	pages.forEach((p, i) => {
		drawFooter(canvas, p, m.pdf_worksheet_footer({ page: i + 1, pages: pages.length }, o));
	});
	return {
		bytes: await canvas.doc.save(),
		fileName: `${m.pdf_worksheet_file({}, o)}.pdf`,
		replacedIn: []
	};
}
