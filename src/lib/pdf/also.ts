/**
 * The second language of a bilingual page: an element's fixed words in the parent's language, smaller and
 * grey, right after the element's own words. On the same line when the rest of that line holds them
 * (headings and agenda items mostly), else on lines of their own beneath, in the element's column. They
 * are a `Span` with its own `/Lang` inside the element they translate, so a screen reader reads them
 * after it, in the right voice.
 */
import type { Line, Metrics } from './layout';
import { rightToLeft } from './scripts';
import type { Node } from './tags';
import { wordBreaks, wrap, wrapAtMost } from './wrap';

/** The second language's size, against its element's. */
export const ALSO_SCALE = 0.88;
/** Room between an element's last word and its translation beside it, in the translation's size. */
const GAP = 1;
/** Beneath: distance between baselines, in the translation's size. */
const LEAD = 1.3;

export interface AlsoAt {
	/** The element the words translate, and their language (BCP 47). */
	parent: Node;
	lang: string;
	/** Where the element's last line ends, and that line's baseline. */
	end: number;
	baseline: number;
	/** The column of the element: lines beneath start at `left`; nothing goes past `right`. */
	left: number;
	right: number;
	/** The element's size; the translation is drawn at ALSO_SCALE of it. */
	size: number;
}

/**
 * The lines of `text` after an element, and the baseline of the last of them: the element's own when it
 * fits beside, lower when it goes beneath; beneath in at most `most.lines` lines, the last ending with
 * `most.more` when the text needs more.
 */
export function placeAlso(
	text: string,
	at: AlsoAt,
	metrics: Metrics,
	most?: { lines: number; more: string }
): { lines: Line[]; baseline: number; shortened: boolean } {
	const size = at.size * ALSO_SCALE;
	const tag: Node = { role: 'Span', parent: at.parent, lang: at.lang };
	// Words in a right-to-left language read in their own direction, after the element's own words.
	const rtl = rightToLeft(text) || undefined;
	const line = (text: string, x: number, y: number): Line => ({
		text,
		x,
		y,
		size,
		bold: false,
		tag,
		muted: true,
		rtl
	});
	const x = at.end + GAP * size;
	if (!text.includes('\n') && x + metrics.width(text, size, false) <= at.right) {
		return { lines: [line(text, x, at.baseline)], baseline: at.baseline, shortened: false };
	}
	const width = at.right - at.left;
	const { lines: wrapped, shortened } = most
		? wrapAtMost(text, width, size, false, metrics, most.lines, most.more)
		: { lines: wrap(text, width, size, false, metrics), shortened: false };
	const breaks = wordBreaks(wrapped);
	let baseline = at.baseline;
	const lines = wrapped.map((text, i) => {
		baseline -= size * LEAD;
		// Lines of their own in a right-to-left language end at the column's right edge, as its paragraphs do.
		return { ...line(text, at.left, baseline), spaceAfter: breaks[i], ...(rtl && { right: at.right }) };
	});
	return { lines, baseline, shortened };
}
