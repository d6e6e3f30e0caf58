/**
 * Text widths from the embedded fonts, fast enough for shrink-to-fit, which measures the same words at many
 * sizes: each word's width is taken once at size 1 and scaled (fontkit-adapter.ts shapes each distinct
 * word once; this keeps even that lookup out of the loop). Words are measured whole, and drawn whole.
 */
import type { PDFFont } from 'pdf-lib';
import type { Metrics } from './layout';

export function cachedMetrics(regular: PDFFont, bold: PDFFont): Metrics {
	const cache = new Map<string, number>();
	const unit = (word: string, isBold: boolean) => {
		const key = (isBold ? 'b' : 'r') + word;
		let width = cache.get(key);
		if (width === undefined) {
			width = (isBold ? bold : regular).widthOfTextAtSize(word, 1);
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
