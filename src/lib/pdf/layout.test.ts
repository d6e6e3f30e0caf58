import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBlocks } from './fit';
import { layoutBlocks, type Block, type Metrics } from './layout';
import { spaced, wordBreaks, wrap, wrapAtMost } from './wrap';

/** Every character half as wide as the size, bold a little wider: enough to test the arithmetic. */
const metrics: Metrics = { width: (text, size, bold) => [...text].length * size * (bold ? 0.55 : 0.5) };
const box = { left: 50, right: 545, top: 790, bottom: 50 };
const options = { maxSize: 10.5, minSize: 8, reserve: 80, more: '… (meer)', moreItems: '… en meer' };
const block = (paragraphs: string[], heading = 'Kopje'): Block => ({
	heading,
	paragraphs: paragraphs.map((text) => ({ text }))
});

describe('a heading', () => {
	const opts = { more: '…', moreItems: '…' };
	const first = (heading: string, rtl?: boolean) =>
		layoutBlocks([block(['x'], heading)], box, 10, metrics, { ...opts, rtl }).lines[0]!;

	it('of a page that reads from right to left ends at the right edge, whatever it starts with', () => {
		for (const heading of ['هكذا أبدأ', 'Ali يقول']) {
			const line = first(heading, true);
			expect(line.rtl).toBe(true);
			expect(line.x + metrics.width(line.text, line.size, true)).toBeCloseTo(box.right);
		}
	});

	it('of a Dutch page starts at the left, also one that starts with an Arabic name', () => {
		for (const heading of ['Zo begin ik', 'محمد zegt']) {
			const line = first(heading);
			expect(line.x).toBe(box.left);
			expect(line.rtl).toBeUndefined();
		}
	});
});

describe('a list', () => {
	const opts = { more: '…', moreItems: '…' };
	const items: Block = {
		heading: 'Agenda',
		paragraphs: [
			{ label: '1.', text: 'هكذا أبدأ', aside: '5 min' },
			{ bullet: true, text: 'Zo begin ik hier' }
		]
	};
	const end = (line: { x: number; text: string; size: number; bold: boolean }) =>
		line.x + metrics.width(line.text, line.size, line.bold);
	const laidOut = (rtl?: boolean) => {
		const lines = layoutBlocks([items], box, 10, metrics, { ...opts, rtl }).lines;
		const of = (text: string) => lines.find((line) => line.text === text)!;
		return {
			label: of('1.'),
			arabic: of('هكذا أبدأ'),
			aside: of('5 min'),
			bullet: of('•'),
			dutch: of('Zo begin ik hier')
		};
	};

	it('of a page that reads from right to left has its labels at the right margin, the text left of them and the aside at the left', () => {
		const { label, arabic, aside, bullet, dutch } = laidOut(true);
		expect(end(label)).toBeCloseTo(box.right);
		expect(end(bullet)).toBeCloseTo(box.right);
		expect(arabic.rtl).toBe(true);
		expect(end(arabic)).toBeCloseTo(box.right - metrics.width('1. ', 10, false));
		// A Dutch item keeps its own word order and ends beside its bullet.
		expect(dutch.rtl).toBeUndefined();
		expect(end(dutch)).toBeCloseTo(box.right - metrics.width('• ', 10, false));
		expect(aside.x).toBe(box.left);
		expect(aside.alignRight).toBeUndefined();
	});

	it('of a Dutch page has its labels at the left margin and the aside at the right, also for an Arabic item', () => {
		const { label, arabic, aside, bullet, dutch } = laidOut();
		expect(label.x).toBe(box.left);
		expect(bullet.x).toBe(box.left);
		expect(dutch.x).toBeCloseTo(box.left + metrics.width('• ', 10, false));
		// The Arabic item reads from right to left within its column, which ends before the aside.
		expect(arabic.rtl).toBe(true);
		expect(end(arabic)).toBeLessThan(box.right - 40);
		expect(aside).toMatchObject({ x: box.right, alignRight: true });
	});
});

describe('wrap', () => {
	it('breaks at spaces and keeps every word', () => {
		const lines = wrap('een twee drie vier vijf zes', 30, 10, false, metrics);
		expect(lines.join(' ')).toBe('een twee drie vier vijf zes');
		for (const line of lines) expect(metrics.width(line, 10, false)).toBeLessThanOrEqual(30);
	});

	it('breaks a word longer than the line only where it must', () => {
		const word = 'x'.repeat(200);
		const lines = wrap(word, 100, 10, false, metrics);
		expect(lines.join('')).toBe(word);
		expect(lines).toHaveLength(10);
	});

	it('keeps line breaks the parent typed', () => {
		expect(wrap('een\ntwee', 500, 10, false, metrics)).toEqual(['een', 'twee']);
	});

	it('says after which lines a word break follows: not inside a word too long for its line', () => {
		const lines = wrap(`een twee\n${'x'.repeat(25)} drie`, 100, 10, false, metrics);
		expect(lines).toEqual(['een twee', 'x'.repeat(20), 'xxxxx drie']);
		expect(wordBreaks(lines)).toEqual([true, false, false]);
		expect(spaced(wrap('een twee drie', 30, 10, false, metrics))).toEqual(['een ', 'twee ', 'drie']);
		const shortened = wrapAtMost('een twee drie vier', 30, 10, false, metrics, 2, '…');
		expect(wordBreaks(shortened.lines)).toEqual([true, false]);
	});
});

describe('fitBlocks', () => {
	it('uses the largest size when everything fits', () => {
		const layout = fitBlocks([block(['kort antwoord'])], box, metrics, options);
		expect(layout.size).toBe(10.5);
		expect(layout.truncated).toBe(false);
	});

	it('shrinks before it shortens, and never below the minimum size', () => {
		const medium = fitBlocks(
			[block(Array.from({ length: 50 }, () => 'een regel tekst'))],
			box,
			metrics,
			options
		);
		expect(medium.size).toBeLessThan(10.5);
		expect(medium.size).toBeGreaterThanOrEqual(8);
		expect(medium.truncated).toBe(false);
	});

	it('shortens long text with a visible marker once the smallest size is reached', () => {
		const layout = fitBlocks([block(['woord '.repeat(5000)]), block(['nog een'])], box, metrics, options);
		expect(layout.size).toBe(8);
		expect(layout.truncated).toBe(true);
		expect(layout.lines.some((l) => l.text.endsWith('… (meer)'))).toBe(true);
		expect(layout.lines.some((l) => l.text === 'nog een')).toBe(true);
	});

	it('never drops paragraphs of a block that must keep them all', () => {
		const agenda: Block = {
			heading: 'Agenda',
			keepAll: true,
			paragraphs: Array.from({ length: 12 }, (_, i) => ({ text: `punt ${i}`, aside: '5 min' }))
		};
		const layout = fitBlocks(
			[agenda, ...Array.from({ length: 8 }, () => block(Array.from({ length: 30 }, () => 'x '.repeat(80))))],
			box,
			metrics,
			options
		);
		for (let i = 0; i < 12; i++) expect(layout.lines.some((l) => l.text === `punt ${i}`)).toBe(true);
	});

	it('never places text outside the box or into the reserved space, whatever the blocks, in one language or two', () => {
		const text = fc.string({ maxLength: 3000 });
		const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						heading: maybe(text),
						headingAlso: maybe(text),
						paragraphs: fc.array(
							fc.record({
								text,
								also: maybe(text),
								lead: maybe(text),
								label: maybe(fc.constant('1.')),
								aside: maybe(fc.constant('5 min'))
							}),
							{ maxLength: 30 }
						)
					}),
					{ maxLength: 12 }
				),
				(blocks) => {
					const layout = fitBlocks(blocks, box, metrics, {
						...options,
						also: { lang: 'tr-TR', moreItems: '…' }
					});
					expect(layout.size).toBeGreaterThanOrEqual(8);
					for (const line of layout.lines) {
						expect(line.y).toBeGreaterThanOrEqual(box.bottom);
						expect(line.y).toBeLessThanOrEqual(box.top);
						if (!line.alignRight)
							expect(line.x + metrics.width(line.text, line.size, line.bold)).toBeLessThanOrEqual(
								box.right + 0.001
							);
					}
				}
			),
			{ numRuns: 2000 }
		);
	}, 30_000); // 2,000 random layouts: over the 5 s default on a busy two-core machine

	it('reports where the content ends, so the notes box can start there', () => {
		const layout = layoutBlocks([block(['een'])], box, 10, metrics, options);
		expect(layout.end).toBeLessThan(box.top);
		expect(layout.end).toBeGreaterThan(box.bottom);
	});
});

describe('a paragraph with a bold lead', () => {
	it('draws the lead in bold and the rest regular, over lines, never wider than the box', () => {
		const box = { left: 0, right: 100, top: 500, bottom: 0 };
		const layout = layoutBlocks(
			[
				{
					paragraphs: [
						{ lead: 'Wat helpt jou?', text: 'Als juf zegt wat ik moet lezen, kan ik thuis oefenen.' }
					]
				}
			],
			box,
			10,
			metrics,
			{ more: '…', moreItems: '…' }
		);
		const bold = layout.lines.filter((l) => l.bold).map((l) => l.text);
		const regular = layout.lines.filter((l) => !l.bold).map((l) => l.text);
		expect(bold.join(' ')).toBe('Wat helpt jou?');
		expect(regular.join(' ')).toBe('Als juf zegt wat ik moet lezen, kan ik thuis oefenen.');
		for (const line of layout.lines)
			expect(line.x + metrics.width(line.text, 10, line.bold)).toBeLessThanOrEqual(100);
	});
});
