/**
 * Text widths from the embedded fonts, fast enough for shrink-to-fit, which measures the same words at many
 * sizes: each word's width is taken once at size 1 and scaled (fontkit-adapter.ts shapes each distinct
 * word once; this keeps even that lookup out of the loop). Words are measured whole, and drawn whole; a
 * word with Arabic or Ethiopic letters is measured piece by piece in the fonts that draw it (scripts.ts).
 */
import type { PDFFont } from 'pdf-lib';
import type { Metrics } from './layout';
import { fontRuns, needsScriptFont, type Script } from './scripts';

/** The font that draws a script (undefined: Noto Sans) in a weight. */
export type FontOf = (script: Script | undefined, bold: boolean) => PDFFont;

export function cachedMetrics(fontOf: FontOf): Metrics {
	const cache = new Map<string, number>();
	const measure = (word: string, isBold: boolean) => {
		if (!needsScriptFont(word)) return fontOf(undefined, isBold).widthOfTextAtSize(word, 1);
		let width = 0;
		for (const run of fontRuns(word)) width += fontOf(run.script, isBold).widthOfTextAtSize(run.text, 1);
		return width;
	};
	const unit = (word: string, isBold: boolean) => {
		const key = (isBold ? 'b' : 'r') + word;
		let width = cache.get(key);
		if (width === undefined) {
			width = measure(word, isBold);
			cache.set(key, width);
		}
		return width;
	};
	return {
		width(text, size, isBold) {
			let total = 0;
			const words = text.split(' ');
			for (const word of words) if (word) total += unit(word, isBold);
			return (total + (words.length - 1) * unit(' ', isBold)) * size;
		}
	};
}
