/**
 * What page layout takes and gives (layout.ts): blocks of headings and paragraphs, the box they go in, and
 * the positioned lines and rules that come out. Coordinates are PDF points with y growing upwards.
 */
import type { Node } from './tags';

/** How wide a text is at a size; the drawing side supplies it from the real font. */
export interface Metrics {
	width(text: string, size: number, bold: boolean): number;
}

export interface Paragraph {
	text: string;
	/** Words in bold before the text, such as the question an answer belongs to. */
	lead?: string;
	bold?: boolean;
	/** A list item with a bullet before it; the text wraps under its own start. */
	bullet?: boolean;
	/** A list item whose label ("1.") starts its first line; the text wraps under the label. */
	label?: string;
	/** The document's title, tagged as its top heading. */
	title?: boolean;
	/** A short text in a right-hand column, such as "10 min". */
	aside?: string;
	/**
	 * 'ltr': a sentence of the document's own around the parent's words ("محمد is er niet bij."), which
	 * reads from left to right whatever it starts with. Otherwise a paragraph reads in the direction of
	 * its first letter (as HTML's dir="auto"), and an answer after its question in its own.
	 */
	dir?: 'ltr';
	/**
	 * Its fixed words in the page's second language, after it (also.ts). With a lead: the lead's, and the
	 * text starts on a line of its own, so that the question stands beside its translation.
	 */
	also?: string;
}

export interface Block {
	heading?: string;
	/** The heading in the page's second language. */
	headingAlso?: string;
	paragraphs: Paragraph[];
	/** Never drop paragraphs of this block to make room (the agenda items themselves). */
	keepAll?: boolean;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface Line {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold: boolean;
	/** Right-aligned at x when set. */
	alignRight?: boolean;
	/** Its text reads from right to left: its paragraph, or an answer after its question in bold. */
	rtl?: boolean;
	/** The right edge of a line of a right-to-left paragraph, aligned there. */
	right?: number;
	/** The structure element the line is part of: the same object for every line of one element. */
	tag: Node;
	/** A word break follows: drawn as a space at the end, which keeps words apart when read back. */
	spaceAfter?: boolean;
	/** Drawn grey: the page's second language. */
	muted?: boolean;
}

export interface Rule {
	x1: number;
	x2: number;
	y: number;
}

export interface Layout {
	size: number;
	lines: Line[];
	rules: Rule[];
	/** The y where the content ends; the space below it is free (the notes box goes there). */
	end: number;
	truncated: boolean;
}

export interface FitOptions {
	maxSize: number;
	minSize: number;
	/** Height that must stay free under the content, for notes. */
	reserve: number;
	/** Put at the end of a shortened paragraph, e.g. "… (meer in de app)". */
	more: string;
	/** Put as a last paragraph when a block loses paragraphs. */
	moreItems: string;
	/** A bilingual page: the second language (BCP 47), for its elements, and `moreItems` in it. */
	also?: { lang: string; moreItems: string };
	/**
	 * The document reads from right to left (Arabic): its own title and headings stand at the right margin,
	 * whatever letter they start with. Otherwise they stand at the left, also one that starts with an
	 * Arabic name ("محمد zegt").
	 */
	rtl?: boolean;
}
