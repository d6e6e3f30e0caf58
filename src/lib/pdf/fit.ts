/**
 * Fitting blocks onto one page (the agenda and the parent's own page): first the type shrinks, never below
 * the minimum size; then paragraphs and blocks are shortened, each with a visible marker; and nothing is
 * ever drawn below the box.
 */
import {
	layoutBlocks,
	whole,
	type Block,
	type Box,
	type Caps,
	type FitOptions,
	type Layout,
	type Metrics
} from './layout';
import { memoWrap } from './wrap';

/**
 * Fits the blocks into the box with `reserve` left free below them: the largest size from maxSize down
 * to minSize (half points) that fits; at minSize, paragraphs and then blocks are shortened with a marker.
 */
export function fitBlocks(blocks: readonly Block[], box: Box, metrics: Metrics, options: FitOptions): Layout {
	const limit = box.bottom + options.reserve;
	const fits = (layout: Layout) => layout.end >= limit;
	const wrapParagraph = memoWrap(metrics, whole);
	const at = (size: number, caps?: Caps) =>
		layoutBlocks(blocks, box, size, metrics, options, caps, limit, wrapParagraph);
	for (let size = options.maxSize; size >= options.minSize; size -= 0.5) {
		const layout = at(size);
		if (fits(layout)) return layout;
	}
	const size = options.minSize;
	const longest = Math.max(1, ...blocks.flatMap((b) => b.paragraphs.map((p) => p.text.length)));
	const most = Math.max(1, ...blocks.map((b) => b.paragraphs.length));
	const largest = (low: number, high: number, at: (n: number) => Layout): Layout | undefined => {
		let best: Layout | undefined;
		while (low <= high) {
			const mid = Math.floor((low + high) / 2);
			const layout = at(mid);
			if (fits(layout)) {
				best = layout;
				low = mid + 1;
			} else high = mid - 1;
		}
		return best;
	};
	const shortened =
		largest(1, longest, (lines) => at(size, { lines, paragraphs: Infinity })) ??
		largest(1, most, (paragraphs) => at(size, { lines: 1, paragraphs })) ??
		layoutBlocks(blocks, box, size, metrics, options, { lines: 1, paragraphs: 1 }, -Infinity, wrapParagraph);
	return clip(shortened, box);
}

/** Last safeguard: nothing is ever drawn below the box, whatever the input. */
function clip(layout: Layout, box: Box): Layout {
	const lines = layout.lines.filter((line) => line.y >= box.bottom);
	const rules = layout.rules.filter((rule) => rule.y >= box.bottom);
	const clipped = lines.length < layout.lines.length;
	return {
		...layout,
		lines,
		rules,
		end: Math.max(layout.end, box.bottom),
		truncated: layout.truncated || clipped
	};
}
