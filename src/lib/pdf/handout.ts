/**
 * The one-page handout trainers print for the course: what the app is, a QR code and the link to it, and
 * three short instructions. Nothing about any parent is in it; the address is the app's own.
 */
import type { Language } from '$lib/model/constants';
import { m } from '$lib/messages';
import { qrPath } from '$lib/qr/qr';
import { A4, createCanvas, drawFooter, drawLayout, INK, MARGIN, type FontFiles } from './document';
import { layoutBlocks, type Block } from './layout';
import type { Made } from './names';
import type { Node } from './tags';

/** The printed QR code's width in points (about 7 cm: easy for any phone camera at arm's length). */
const QR_WIDTH = 200;

export async function makeHandout(language: Language, address: string, fonts: FontFiles): Promise<Made> {
	const o = { locale: language } as const;
	const canvas = await createCanvas(fonts, language);
	const title = m.pdf_handout_title({}, o);
	canvas.doc.setTitle(title, { showInWindowTitleBar: true });
	const page = canvas.addPage();
	const box = { left: MARGIN, right: A4.width - MARGIN, top: A4.height - MARGIN, bottom: MARGIN };
	const options = { more: '', moreItems: '', rtl: canvas.rtl };

	const heading = layoutBlocks(
		[{ paragraphs: [{ text: title, bold: true, title: true }] }],
		box,
		22,
		canvas.metrics,
		options
	);
	const intro = layoutBlocks(
		[{ paragraphs: [{ text: m.pdf_handout_intro({}, o) }] }],
		{ ...box, top: heading.end },
		13,
		canvas.metrics,
		options
	);
	drawLayout(canvas, page, heading);
	drawLayout(canvas, page, intro);

	const qr = qrPath(address);
	const scale = QR_WIDTH / qr.size;
	const qrTop = intro.end - 10;
	const x = (A4.width - QR_WIDTH) / 2;
	// A figure, described by where it leads: a screen reader cannot scan it.
	const figure: Node = {
		role: 'Figure',
		alt: m.pdf_handout_qr_alt({ address }, o),
		bbox: [x, qrTop - QR_WIDTH, x + QR_WIDTH, qrTop]
	};
	canvas.tags.mark(page, figure, () =>
		page.drawSvgPath(qr.path, { x, y: qrTop, scale, color: INK, borderWidth: 0 })
	);

	const steps: Block = {
		heading: m.pdf_handout_steps_heading({}, o),
		paragraphs: [m.pdf_handout_step_1, m.pdf_handout_step_2, m.pdf_handout_step_3].map((step, i) => ({
			label: `${i + 1}.`,
			text: step({}, o)
		}))
	};
	const bottom = layoutBlocks(
		[
			{ paragraphs: [{ text: canvas.clean(address, 'link'), bold: true }] },
			steps,
			{ paragraphs: [{ text: m.pdf_handout_privacy({}, o) }] }
		],
		{ ...box, top: qrTop - QR_WIDTH - 10 },
		13,
		canvas.metrics,
		options
	);
	drawLayout(canvas, page, bottom);
	drawFooter(canvas, page, m.pdf_handout_footer({}, o));
	return { bytes: await canvas.save(), fileName: `${m.pdf_handout_file({}, o)}.pdf`, replacedIn: [] };
}
