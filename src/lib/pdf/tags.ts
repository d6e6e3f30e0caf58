/**
 * The structure tree of a tagged PDF, for screen readers and text reflow (docs/pdf.md, "Tagged PDF"): every
 * drawing is wrapped in marked content, either as content of a structure element (with an MCID) or as an
 * artifact, and `finish` writes the tree, the parent tree and the catalog entries. pdf-lib has no API for it;
 * this writes the objects with its low-level one. The model is pdfkit's: elements hold marked content.
 */
import {
	beginMarkedContent,
	endMarkedContent,
	PDFHexString,
	PDFName,
	PDFNumber,
	PDFOperator,
	PDFOperatorNames,
	PDFString,
	type PDFDocument,
	type PDFPage,
	type PDFRef
} from 'pdf-lib';

/** The standard structure types the documents use. */
export type Role =
	| 'H1'
	| 'H2'
	| 'H3'
	| 'H4'
	| 'P'
	| 'L'
	| 'LI'
	| 'Lbl'
	| 'LBody'
	| 'Table'
	| 'TR'
	| 'TH'
	| 'TD'
	| 'Figure'
	/** Words inside an element that differ from it, such as its translation on a bilingual page. */
	| 'Span';

/**
 * A structure element as plain data, made by the content and layout code, which know what each thing is: the
 * same object for everything drawn into one element. The PDF's element is made when something is first drawn
 * into it (or by `element`), so the tree's order is the order of drawing, which is the order of reading.
 */
export interface Node {
	role: Role;
	/** The element this one is part of; none: directly under the document. */
	parent?: Node;
	/** The element's own language (BCP 47), when it is not the document's. */
	lang?: string;
	/** A figure's description, read instead of it. */
	alt?: string;
	/** A header cell: what it heads. */
	scope?: 'Column' | 'Row';
	/** A figure's box on its page, in points: left, bottom, right, top. */
	bbox?: [number, number, number, number];
}

/** Drawn, but not part of the text: rules, boxes and writing lines (Layout); footers and repeated headers. */
export type Artifact = { artifact: 'Layout' } | { artifact: 'Pagination'; subtype?: 'Footer' };
export const LAYOUT: Artifact = { artifact: 'Layout' };
export const FOOTER: Artifact = { artifact: 'Pagination', subtype: 'Footer' };
/** What a page repeats from an earlier one, such as a table's header row. */
export const REPEATED: Artifact = { artifact: 'Pagination' };

export interface Tags {
	/**
	 * Draws `draw`'s output on `page` as content of `target`. `actualText`: the text the content stands for,
	 * when the drawn glyphs do not read back as it (fontkit's shaping may map glyphs to other characters).
	 */
	mark(page: PDFPage, target: Node | Artifact, draw: () => void, actualText?: string): void;
	/** Makes the element now, even when nothing is drawn into it (an empty table cell). */
	element(node: Node): void;
	/** Writes the tree into the document: call once, after the last drawing and before saving. */
	finish(): void;
}

interface Element {
	node: Node | undefined;
	kids: (Element | Content)[];
}
interface Content {
	page: PDFPage;
	mcid: number;
}

export function tagging(doc: PDFDocument): Tags {
	const context = doc.context;
	/** The document element, the root of the tree. */
	const root: Element = { node: undefined, kids: [] };
	const elements = new Map<Node, Element>();
	/** Per page, the element of each MCID (the index): what the parent tree says. */
	const marked = new Map<PDFPage, Element[]>();

	const elementOf = (node: Node | undefined): Element => {
		if (!node) return root;
		let element = elements.get(node);
		if (!element) {
			element = { node, kids: [] };
			elementOf(node.parent).kids.push(element);
			elements.set(node, element);
		}
		return element;
	};

	/** A marked-content sequence with properties, written inline: `/P <</MCID 0>> BDC`. */
	const bdc = (tag: string, properties: string) =>
		PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), `<<${properties}>>`]);

	return {
		element: (node) => void elementOf(node),

		mark(page, target, draw, actualText) {
			if ('artifact' in target) {
				page.pushOperators(
					target.artifact === 'Layout'
						? beginMarkedContent('Artifact')
						: bdc(
								'Artifact',
								`/Type /${target.artifact}${target.subtype ? ` /Subtype /${target.subtype}` : ''}`
							)
				);
			} else {
				const element = elementOf(target);
				let mcids = marked.get(page);
				if (!mcids) marked.set(page, (mcids = []));
				const mcid = mcids.length;
				mcids.push(element);
				element.kids.push({ page, mcid });
				// Replacement text belongs on a Span's properties (ISO 32000-1, 14.9.4).
				page.pushOperators(
					actualText === undefined
						? bdc(target.role, `/MCID ${mcid}`)
						: bdc('Span', `/MCID ${mcid} /ActualText ${PDFHexString.fromText(actualText).toString()}`)
				);
			}
			draw();
			page.pushOperators(endMarkedContent());
		},

		finish() {
			const refs = new Map<Element, PDFRef>();
			const refOf = (element: Element) => {
				let ref = refs.get(element);
				if (!ref) refs.set(element, (ref = context.nextRef()));
				return ref;
			};
			const treeRoot = context.nextRef();
			const write = (element: Element, parent: PDFRef) => {
				const ref = refOf(element);
				const node = element.node;
				const page = element.kids.find((kid): kid is Content => 'mcid' in kid)?.page;
				// Content on the element's own page is its MCID; content on another page needs a reference.
				const kids = element.kids.map((kid) => {
					if (!('mcid' in kid)) return refOf(kid);
					if (kid.page === page) return kid.mcid;
					return context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid });
				});
				// Type /StructElem is optional and left out, as pdfkit does; a single kid needs no array.
				const dict = context.obj({
					S: node?.role ?? 'Document',
					P: parent,
					K: kids.length === 1 ? kids[0]! : kids,
					...(page && { Pg: page.ref }),
					...(node?.lang && { Lang: PDFString.of(node.lang) }),
					...(node?.alt && { Alt: PDFHexString.fromText(node.alt) }),
					...(node?.scope && { A: { O: 'Table', Scope: node.scope } }),
					...(node?.bbox && { A: { O: 'Layout', BBox: node.bbox } })
				});
				context.assign(ref, dict);
				for (const kid of element.kids) if (!('mcid' in kid)) write(kid, ref);
			};
			write(root, treeRoot);

			const pages = doc.getPages();
			const nums: (number | PDFRef[])[] = [];
			pages.forEach((page, key) => {
				page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
				// Tab order follows the structure (PDF/UA asks for it on every page).
				page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
				nums.push(key, (marked.get(page) ?? []).map(refOf));
			});
			context.assign(
				treeRoot,
				context.obj({
					Type: 'StructTreeRoot',
					K: refOf(root),
					ParentTree: { Nums: nums },
					ParentTreeNextKey: pages.length
				})
			);
			doc.catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
			doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
		}
	};
}
