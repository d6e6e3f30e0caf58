import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { elements, fonts, pdfText, structure, textOf } from '$lib/test/read-back';
import { allTagged, contentOf, markedContent, tagProblems, taggedTree } from '$lib/test/read-tags';
import { createCanvas, drawFooter, drawText, MARGIN } from './document';
import { nodeFonts } from './fonts-node';
import { subsetTag, xmp } from './pdfua';
import { LAYOUT, type Node } from './tags';

const fonts16 = nodeFonts();
const FOOTER = 'Gemaakt met Gesprekswijzer';

/** A small document of two pages: a title, a paragraph across the page break, a list and a table. */
async function synthetic() {
	const canvas = await createCanvas(fonts16, 'nl');
	const page = canvas.addPage();
	const at = (y: number, size = 10) => ({ x: MARGIN, y, size });
	drawText(canvas, page, { role: 'H1' }, 'Agenda voor het gesprek', { ...at(780, 16), bold: true });
	// The bilingual agenda to come: a paragraph in English inside a Dutch document.
	drawText(canvas, page, { role: 'P' }, 'Goedemiddag allemaal.', at(750));
	drawText(canvas, page, { role: 'P', lang: 'en-GB' }, 'Good afternoon, everyone.', at(735));
	const list: Node = { role: 'L' };
	const li: Node = { role: 'LI', parent: list };
	drawText(canvas, page, { role: 'Lbl', parent: li }, '•', at(710));
	drawText(canvas, page, { role: 'LBody', parent: li }, 'Een punt', { ...at(710), x: 70 });
	const table: Node = { role: 'Table' };
	const head: Node = { role: 'TR', parent: table };
	drawText(canvas, page, { role: 'TH', parent: head, scope: 'Column' }, 'Wat', at(680));
	const row: Node = { role: 'TR', parent: table };
	drawText(canvas, page, { role: 'TD', parent: row }, 'Lezen', at(665));
	canvas.tags.element({ role: 'TD', parent: row });
	canvas.tags.mark(page, LAYOUT, () => page.drawLine({ start: { x: 50, y: 650 }, end: { x: 300, y: 650 } }));
	const across: Node = { role: 'P' };
	drawText(canvas, page, across, 'Een alinea die doorloopt', at(100));
	const next = canvas.addPage();
	drawText(canvas, next, across, 'op de volgende bladzijde.', at(780));
	for (const p of [page, next]) drawFooter(canvas, p, FOOTER);
	canvas.doc.setTitle('Agenda & meer', { showInWindowTitleBar: true });
	return canvas.save();
}

describe('the structure tree', () => {
	it('holds everything drawn but the artifacts, in reading order, and passes every check', async () => {
		const bytes = await synthetic();
		expect(await tagProblems(bytes, [FOOTER, FOOTER])).toEqual([]);
		const tree = structure(bytes);
		expect(elements(tree).map((e) => e.role)).toEqual([
			'Document',
			'H1',
			'P',
			'P',
			'L',
			'LI',
			'Lbl',
			'LBody',
			'Table',
			'TR',
			'TH',
			'TR',
			'TD',
			'TD',
			'P'
		]);
		expect(textOf(tree)).toBe(
			'Agenda voor het gesprek Goedemiddag allemaal. Good afternoon, everyone. • Een punt Wat Lezen ' +
				'Een alinea die doorloopt op de volgende bladzijde.'
		);
		expect(textOf(tree)).not.toContain('Gemaakt');
		expect(elements(tree).find((e) => e.role === 'TH')!.attributes).toEqual(['/Scope /Column']);
	});

	it('gives an element its own language, beside the document’s (a bilingual agenda)', async () => {
		const { doc, root } = await taggedTree(await synthetic());
		expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nl-NL');
		const paragraphs = allTagged(root!).filter((e) => e.role === 'P');
		expect(paragraphs.map((p) => p.lang)).toEqual([undefined, 'en-GB', undefined]);
	});

	it('keeps content on a second page in its element, by reference to that page', async () => {
		const { root } = await taggedTree(await synthetic());
		const across = allTagged(root!)
			.filter((e) => e.role === 'P')
			.at(-1)!;
		expect(across.content).toEqual([
			{ page: 0, mcid: 7 },
			{ page: 1, mcid: 0 }
		]);
	});

	it('gives text whose glyphs read back as other characters its real text (ActualText)', async () => {
		// With ccmp on, fontkit draws "ị" as an "i" and a combining dot, which read back as "i" + U+0323.
		const canvas = await createCanvas(nodeFonts(), 'nl', { features: { ccmp: true } });
		canvas.doc.setTitle('Thị', { showInWindowTitleBar: true });
		const page = canvas.addPage();
		drawText(canvas, page, { role: 'P' }, 'in', { x: 50, y: 700, size: 12 });
		drawText(canvas, page, { role: 'P' }, 'Thị', { x: 50, y: 680, size: 12 });
		expect(canvas.readsBack('in', false)).toBe(true);
		expect(canvas.readsBack('Thị', false)).toBe(false);
		const bytes = await canvas.save();
		expect(await tagProblems(bytes)).toEqual([]);
		expect(pdfText(bytes, 'raw').split('\n').slice(0, 2)).toEqual(['in', 'Thị']);
		const doc = await PDFDocument.load(bytes);
		const content = contentOf(doc.getPage(0).node.get(PDFName.of('Contents')), doc);
		expect(content.match(/\/ActualText/g)).toHaveLength(1);
		expect(content).toMatch(/\/Span <<\/MCID 1 \/ActualText <FEFF[0-9A-F]+>>> BDC/);
	});

	it('describes a figure (Alt) and gives it its box', async () => {
		const canvas = await createCanvas(fonts16, 'nl');
		const page = canvas.addPage();
		const figure: Node = {
			role: 'Figure',
			alt: 'QR-code naar https://example.org/',
			bbox: [100, 100, 200, 200]
		};
		canvas.tags.mark(page, figure, () => page.drawSquare({ x: 100, y: 100, size: 100 }));
		const { root } = await taggedTree(await canvas.save());
		expect(root!.kids[0]).toMatchObject({
			role: 'Figure',
			alt: 'QR-code naar https://example.org/',
			attributes: { O: 'Layout', BBox: '[ 100 100 200 200 ]' }
		});
	});
});

describe('the tag check', () => {
	it('finds text drawn outside the structure tree, and words the tree lacks', async () => {
		const canvas = await createCanvas(fonts16, 'nl');
		canvas.doc.setTitle('Los', { showInWindowTitleBar: true });
		const page = canvas.addPage();
		drawText(canvas, page, { role: 'P' }, 'getagd', { x: 50, y: 700, size: 12 });
		page.drawText('los', { x: 50, y: 680, size: 12, font: canvas.regular });
		expect(await tagProblems(await canvas.save())).toEqual([
			'page 0: Tj outside marked content',
			'"los" is shown but not in the tree or the artifacts'
		]);
	});

	it('finds marked content inside marked content, and sequences left open', () => {
		expect(markedContent('/P <</MCID 0>> BDC /Artifact BMC 0 0 m 1 1 l S EMC EMC').problems).toEqual([
			'marked content nested in marked content: /Artifact'
		]);
		expect(markedContent('/P <</MCID 0>> BDC BT <0041> Tj ET').problems).toEqual([
			'marked content left open'
		]);
		expect(markedContent('0 0 10 10 re f').problems).toEqual(['f outside marked content']);
	});
});

describe('what PDF/UA asks besides the tree', () => {
	it('names font subsets with a tag of six capitals, the same for the same glyphs', async () => {
		const names = fonts(await synthetic());
		expect(names.sort()).toEqual([
			expect.stringMatching(/^[A-Z]{6}\+NotoSans-Bold$/),
			expect.stringMatching(/^[A-Z]{6}\+NotoSans-Regular$/)
		]);
		expect(fonts(await synthetic()).sort()).toEqual(names);
		expect(subsetTag('NotoSans-Regular', [3, 1, 2])).toBe(subsetTag('NotoSans-Regular', [1, 2, 3]));
		expect(subsetTag('NotoSans-Regular', [1, 2, 3])).not.toBe(subsetTag('NotoSans-Regular', [1, 2, 4]));
		expect(subsetTag('NotoSans-Regular', [1, 2, 3])).not.toBe(subsetTag('NotoSans-Bold', [1, 2, 3]));
	});

	it('writes the title and language into XMP metadata, escaped, with the PDF/UA part', () => {
		const packet = xmp('Agenda <Ayşe> & Co', 'nl-NL', 'Gesprekswijzer');
		expect(packet).toContain('<rdf:li xml:lang="x-default">Agenda &lt;Ayşe&gt; &amp; Co</rdf:li>');
		expect(packet).toContain('<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>');
		expect(packet).toContain('<pdfuaid:part>1</pdfuaid:part>');
	});
});
