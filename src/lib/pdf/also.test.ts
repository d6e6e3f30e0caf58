import { describe, expect, it } from 'vitest';
import { ALSO_SCALE, placeAlso } from './also';
import { layoutBlocks, type Block, type Line, type Metrics } from './layout';
import type { Node } from './tags';

/** Every character half as wide as the size, bold a little wider: enough to test the arithmetic. */
const metrics: Metrics = { width: (text, size, bold) => [...text].length * size * (bold ? 0.55 : 0.5) };
const box = { left: 50, right: 545, top: 790, bottom: 50 };
const also = { lang: 'tr-TR', moreItems: '… ve daha fazlası' };
const options = { more: '… (meer)', moreItems: '… en meer', also };
const right = (line: Line) => line.x + metrics.width(line.text, line.size, line.bold);

describe('a translation after its element', () => {
	const heading: Node = { role: 'H2' };
	const at = { parent: heading, lang: 'tr-TR', end: 150, baseline: 700, left: 50, right: 545, size: 10 };

	it('stands beside the element’s last line when the rest of the line holds it', () => {
		const { lines, baseline } = placeAlso('Kimler katılıyor', at, metrics);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({ text: 'Kimler katılıyor', y: 700, size: 10 * ALSO_SCALE, muted: true });
		expect(lines[0]!.x).toBeGreaterThan(150);
		expect(lines[0]!.tag).toEqual({ role: 'Span', parent: heading, lang: 'tr-TR' });
		expect(baseline).toBe(700);
	});

	it('goes beneath, in the element’s column, when it does not fit beside; shortened when told', () => {
		const text = 'çok uzun bir çeviri '.repeat(16).trim();
		const { lines, baseline } = placeAlso(text, { ...at, end: 500 }, metrics);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.map((l) => l.text).join(' ')).toBe(text);
		for (const line of lines) {
			expect(line.x).toBe(50);
			expect(line.y).toBeLessThan(700);
			expect(right(line)).toBeLessThanOrEqual(545);
		}
		expect(baseline).toBe(lines.at(-1)!.y);
		// Every line of one translation is one element.
		expect(new Set(lines.map((l) => l.tag)).size).toBe(1);
		const short = placeAlso(text, { ...at, end: 500 }, metrics, { lines: 2, more: '…' });
		expect(short.lines).toHaveLength(2);
		expect(short.lines[1]!.text.endsWith('…')).toBe(true);
		expect(short.shortened).toBe(true);
	});
});

describe('a bilingual layout', () => {
	const blocks: Block[] = [
		{
			heading: 'Wie zijn erbij',
			headingAlso: 'Kimler katılıyor',
			paragraphs: [{ text: 'Ayşe is er niet bij.', also: 'Ayşe katılmıyor.' }]
		},
		{
			heading: 'Agenda',
			paragraphs: [
				{ label: '1.', text: 'Opening', also: 'Açılış', aside: '5 min' },
				{ label: '2.', text: 'Lezen', aside: '10 min' }
			]
		},
		{ paragraphs: [{ lead: 'Wat helpt jou?', also: 'Sana ne yardımcı olur?', text: 'Als juf het zegt.' }] }
	];
	const layout = layoutBlocks(blocks, box, 10, metrics, options);
	const of = (text: string) => layout.lines.find((l) => l.text === text)!;

	it('puts each translation in its element as a Span in the second language, read after the element', () => {
		const spans = layout.lines.filter((l) => l.tag.role === 'Span');
		expect(spans.map((l) => l.text)).toEqual([
			'Kimler katılıyor',
			'Ayşe katılmıyor.',
			'Açılış',
			'Sana ne yardımcı olur?'
		]);
		for (const span of spans) expect(span.tag.lang).toBe('tr-TR');
		expect(of('Kimler katılıyor').tag.parent).toBe(of('Wie zijn erbij').tag);
		expect(of('Açılış').tag.parent).toBe(of('Opening').tag);
		// Read in order: the item, its translation, then its minutes; words kept apart by a space.
		const order = layout.lines.map((l) => l.text);
		expect(order.indexOf('Opening')).toBeLessThan(order.indexOf('Açılış'));
		expect(order.indexOf('Açılış')).toBeLessThan(order.indexOf('5 min'));
		expect(of('Opening').spaceAfter).toBe(true);
		expect(of('Açılış').spaceAfter).toBe(true);
	});

	it('sets a question apart with its translation beside it, and the answer on the next line', () => {
		const question = of('Wat helpt jou?');
		expect(question.bold).toBe(true);
		expect(of('Sana ne yardımcı olur?').y).toBe(question.y);
		const answer = of('Als juf het zegt.');
		expect(answer.bold).toBe(false);
		expect(answer.y).toBeLessThan(question.y);
		expect(answer.tag).toBe(question.tag);
	});
});
