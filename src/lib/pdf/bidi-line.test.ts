import { describe, expect, it } from 'vitest';
import { linePieces, visualOrder, type Piece } from './bidi-line';

/** Every character one point wide: places are counted in characters. */
const width = (text: string) => [...text].length;
/** The pieces from left to right, as shown. */
const shown = (pieces: Piece[]) => [...pieces].sort((a, b) => a.x - b.x).map((p) => p.text);

describe('the visual order of runs (rule L2)', () => {
	it.each([
		[
			[0, 0],
			[0, 1]
		],
		[
			[1, 1, 1],
			[2, 1, 0]
		],
		[
			[0, 1, 1, 0],
			[0, 2, 1, 3]
		],
		[
			[1, 2, 1],
			[2, 1, 0]
		],
		[
			[1, 2, 2, 1],
			[3, 1, 2, 0]
		]
	])('levels %j show as %j', (levels, order) => {
		expect(visualOrder(levels)).toEqual(order);
	});
});

describe('a line’s pieces', () => {
	it('keep reading order and show right to left, a Latin name and a year left to right inside', () => {
		const pieces = linePieces('محمد يحب Tom منذ 2023', true, width);
		expect(pieces.map((p) => p.text).join('')).toBe('محمد يحب Tom منذ 2023');
		expect(shown(pieces)).toEqual(['2023', ' ', 'منذ', ' ', 'Tom', ' ', 'يحب', ' ', 'محمد']);
		expect(pieces.find((p) => p.text === 'Tom')!.rtl).toBe(false);
		expect(pieces.find((p) => p.text === 'محمد')!.rtl).toBe(true);
		expect(pieces.find((p) => p.text === 'محمد')!.script).toBe('arabic');
	});

	it('keep an Arabic name inside a Dutch sentence in its place', () => {
		expect(shown(linePieces('Wij noemen hem محمد en hij is 8', false, width))).toEqual([
			'Wij noemen hem ',
			'محمد',
			' en hij is 8'
		]);
	});

	it('show Arabic-Indic digits from left to right, also in a left-to-right line', () => {
		const pieces = linePieces('Groep ٥ في ٢٠٢٣', false, width);
		expect(pieces.find((p) => p.text.includes('٢٠٢٣'))!.rtl).toBe(false);
	});

	it('mirror brackets shown right to left', () => {
		const pieces = linePieces('محمد (7)', true, width);
		// Shown "(7) محمد": the piece " )" is itself drawn right to left, as ") ".
		expect(shown(pieces)).toEqual(['(', '7', ' )', 'محمد']);
		expect(pieces.map((p) => p.text).join('')).toBe('محمد )7(');
	});

	it('put the space after a right-aligned line at its left, after a line set apart at its right', () => {
		expect(shown(linePieces('محمد ', true, width, true))[0]).toBe(' ');
		expect(shown(linePieces('محمد ', true, width, false)).at(-1)).toBe(' ');
	});

	it('of Ethiopic and Latin are one piece per font, from left to right', () => {
		const pieces = linePieces('ሰላም Tom', false, width);
		expect(pieces.map((p) => [p.text, p.script, p.x, p.rtl])).toEqual([
			['ሰላም', 'ethiopic', 0, false],
			[' Tom', undefined, 3, false]
		]);
	});
});
