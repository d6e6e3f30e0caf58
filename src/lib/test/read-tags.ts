/**
 * Checking a tagged PDF the way a PDF/UA checker would, for the tests: the catalog and page entries, the
 * marked content in every content stream against the structure tree and its parent tree (read with
 * pdf-lib), and the text (read with poppler, read-back.ts): every word the page shows is in the tree once,
 * except the artifacts'. The answer is a list of problems, empty when there are none.
 */
import {
	decodePDFRawStream,
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFNumber,
	PDFRawStream,
	PDFRef,
	PDFString,
	type PDFObject
} from 'pdf-lib';
import { fonts, isTagged, pdfText, structure, textOf } from './read-back';

/** A structure element as written in the file. */
export interface Tagged {
	role: string;
	lang?: string;
	alt?: string;
	actualText?: string;
	/** The attribute dictionary's entries, as text: { O: 'Table', Scope: 'Column' }. */
	attributes: Record<string, string>;
	kids: Tagged[];
	/** Its marked content: page (from 0) and MCID. */
	content: { page: number; mcid: number }[];
}

const text = (o: PDFObject | undefined) =>
	o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
const name = (o: PDFObject | undefined) => (o instanceof PDFName ? o.decodeText() : undefined);

/** The structure tree's root element and the parent tree, as pdf-lib reads them. */
export async function taggedTree(bytes: Uint8Array) {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const { context } = doc;
	const pages = doc.getPages().map((page) => page.ref);
	const pageIndex = (ref: PDFObject | undefined) => pages.findIndex((p) => p === ref);
	const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
	/** Which element holds each page's MCIDs, by the parent tree: `${page}/${mcid}` to the element. */
	const parents = new Map<string, PDFRef>();
	const nums = root
		?.lookupMaybe(PDFName.of('ParentTree'), PDFDict)
		?.lookupMaybe(PDFName.of('Nums'), PDFArray);
	for (let i = 0; nums && i < nums.size(); i += 2) {
		const key = (nums.lookup(i) as PDFNumber).asNumber();
		const page = doc
			.getPages()
			.findIndex((p) => p.node.get(PDFName.of('StructParents'))?.toString() === `${key}`);
		nums
			.lookup(i + 1, PDFArray)
			.asArray()
			.forEach((ref, mcid) => parents.set(`${page}/${mcid}`, ref as PDFRef));
	}
	const problems: string[] = [];
	const read = (ref: PDFRef): Tagged => {
		const dict = context.lookup(ref, PDFDict);
		const page = pageIndex(dict.get(PDFName.of('Pg')));
		const kids = dict.get(PDFName.of('K'));
		const element: Tagged = {
			role: name(dict.get(PDFName.of('S'))) ?? '?',
			lang: text(dict.lookup(PDFName.of('Lang'))),
			alt: text(dict.lookup(PDFName.of('Alt'))),
			actualText: text(dict.lookup(PDFName.of('ActualText'))),
			attributes: {},
			kids: [],
			content: []
		};
		const attributes = dict.lookupMaybe(PDFName.of('A'), PDFDict);
		for (const [key, value] of attributes?.entries() ?? []) {
			element.attributes[key.decodeText()] = value instanceof PDFName ? value.decodeText() : value.toString();
		}
		for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) {
			if (kid instanceof PDFNumber) element.content.push({ page, mcid: kid.asNumber() });
			else if (kid instanceof PDFRef && context.lookup(kid, PDFDict).get(PDFName.of('S'))) {
				element.kids.push(read(kid));
			} else {
				const mcr = (kid instanceof PDFRef ? context.lookup(kid) : kid) as PDFDict;
				const mcid = (mcr.get(PDFName.of('MCID')) as PDFNumber).asNumber();
				element.content.push({ page: pageIndex(mcr.get(PDFName.of('Pg'))), mcid });
			}
		}
		for (const { page, mcid } of element.content) {
			if (parents.get(`${page}/${mcid}`) !== ref) problems.push(`parent tree: page ${page} MCID ${mcid}`);
		}
		return element;
	};
	const top = root?.get(PDFName.of('K'));
	return { doc, root: top instanceof PDFRef ? read(top) : undefined, problems, parents };
}

/** Operators that put something on the page: text, paths, images and shadings. */
const PAINTS = new Set([
	'Tj',
	'TJ',
	"'",
	'"',
	'S',
	's',
	'f',
	'F',
	'f*',
	'B',
	'B*',
	'b',
	'b*',
	'Do',
	'sh',
	'BI'
]);
const TOKEN = /<<|>>|\[|\]|\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\/[^\s/[\]<>(){}%]*|[^\s/[\]<>(){}%]+/g;

/** The marked content of one content stream: each MCID it marks, and painting outside marked content. */
export function markedContent(content: string) {
	const mcids: number[] = [];
	const problems: string[] = [];
	let operands: string[] = [];
	/** Open marked-content sequences: whether each is tagged content (has an MCID) or an artifact. */
	const open: ('content' | 'artifact' | 'other')[] = [];
	for (const [token] of content.matchAll(TOKEN)) {
		const isOperand = /^[/(<[\]\d.+-]|^>>$|^(true|false|null)$/.test(token);
		if (isOperand) {
			operands.push(token);
			continue;
		}
		if (token === 'BDC' || token === 'BMC') {
			if (open.length > 0) problems.push(`marked content nested in marked content: ${operands.join(' ')}`);
			const mcid = /\/MCID (\d+)/.exec(operands.join(' '))?.[1];
			if (mcid !== undefined) mcids.push(Number(mcid));
			open.push(mcid !== undefined ? 'content' : operands[0] === '/Artifact' ? 'artifact' : 'other');
		} else if (token === 'EMC') {
			if (!open.pop()) problems.push('EMC without a marked-content sequence');
		} else if (PAINTS.has(token) && !open.some((kind) => kind !== 'other')) {
			problems.push(`${token} outside marked content`);
		}
		operands = [];
	}
	if (open.length > 0) problems.push('marked content left open');
	return { mcids, problems };
}

/** A page's content streams, decoded, as text (`stream`: the page's Contents entry). */
export function contentOf(stream: PDFObject | undefined, doc: PDFDocument): string {
	if (stream instanceof PDFArray)
		return stream
			.asArray()
			.map((s) => contentOf(doc.context.lookup(s), doc))
			.join('\n');
	if (stream instanceof PDFRef) return contentOf(doc.context.lookup(stream), doc);
	if (!(stream instanceof PDFRawStream)) return '';
	return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** Every element of a tree read by `taggedTree`, depth first. */
export function allTagged(element: Tagged): Tagged[] {
	return [element, ...element.kids.flatMap(allTagged)];
}

/**
 * What keeps a document from being a sound tagged PDF: `structureProblems`, and what PDF/UA asks of the
 * file: MarkInfo, Lang, the title shown, XMP metadata, tagged subset names, and pdfinfo calling it tagged.
 */
export async function tagProblems(bytes: Uint8Array, artifacts: string[] = []): Promise<string[]> {
	const problems = await structureProblems(bytes, artifacts);
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	if (!isTagged(bytes)) problems.push('pdfinfo: not tagged');
	const catalog = doc.catalog;
	const marked = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'));
	if (marked?.toString() !== 'true') problems.push('MarkInfo is not Marked true');
	const lang = text(catalog.lookup(PDFName.of('Lang')));
	if (!lang) problems.push('no Lang');
	const viewer = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
	if (viewer?.get(PDFName.of('DisplayDocTitle'))?.toString() !== 'true') {
		problems.push('the title is not shown (DisplayDocTitle)');
	}
	const metadata = catalog.lookup(PDFName.of('Metadata'));
	const stream = metadata instanceof PDFRawStream ? metadata : undefined;
	const xmp = stream && Buffer.from(stream.getContents()).toString('utf8');
	if (!xmp || stream.dict.get(PDFName.of('Filter'))) problems.push('no uncompressed metadata stream');
	else {
		if (!xmp.includes('<pdfuaid:part>1</pdfuaid:part>')) problems.push('metadata without pdfuaid:part 1');
		const title = /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)<\/rdf:li>/.exec(xmp)?.[1];
		const unescape = { lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>;
		if (title?.replace(/&(lt|gt|quot|amp);/g, (_, e: string) => unescape[e]!) !== doc.getTitle()) {
			problems.push('metadata without the title');
		}
		if (!xmp.includes(`<rdf:li>${lang}</rdf:li>`)) problems.push('metadata without the language');
	}
	for (const font of fonts(bytes)) {
		if (!/^[A-Z]{6}\+/.test(font)) problems.push(`font ${font} without a subset tag`);
	}
	return problems;
}

/**
 * What keeps the structure from holding exactly what is drawn: every page's marked content against the
 * tree and the parent tree, nothing drawn outside marked content, and every word the page shows in the
 * tree once, except `artifacts`: the texts drawn but not read (footers, a repeated table header), each
 * once for every time it is drawn.
 */
export async function structureProblems(bytes: Uint8Array, artifacts: string[] = []): Promise<string[]> {
	const { doc, root, problems } = await taggedTree(bytes);
	if (root?.role !== 'Document') problems.push(`the root is ${root?.role}, not Document`);
	const inTree = new Set(
		(root ? allTagged(root) : []).flatMap((e) => e.content.map(({ page, mcid }) => `${page}/${mcid}`))
	);
	doc.getPages().forEach((page, i) => {
		if (page.node.get(PDFName.of('StructParents'))?.toString() !== `${i}`) {
			problems.push(`page ${i}: StructParents`);
		}
		if (name(page.node.get(PDFName.of('Tabs'))) !== 'S') problems.push(`page ${i}: Tabs is not /S`);
		const marks = markedContent(contentOf(page.node.get(PDFName.of('Contents')), doc));
		problems.push(...marks.problems.map((p) => `page ${i}: ${p}`));
		for (const mcid of marks.mcids) {
			if (!inTree.delete(`${i}/${mcid}`)) problems.push(`page ${i}: MCID ${mcid} not in the tree once`);
		}
	});
	problems.push(...[...inTree].map((key) => `MCID ${key} is in the tree but not on its page`));

	// pdftotext reads replacement text (ActualText) where poppler's tree gives the glyphs' own, which may
	// be in another normal form ("ị" as i and a combining dot): words are compared in NFC. A word too long
	// for its line is broken inside: pdftotext gives its pieces, the tree the whole word. Right-to-left
	// text is drawn glyph by glyph in reading order, and pdftotext gives its letters, and the pieces of
	// the words around them, in an order of its own: a page with Arabic is compared character by
	// character, each counted (beyond-latin.test.ts checks the order in the tree).
	const tree = [textOf(structure(bytes)), ...artifacts].join(' ');
	const raw = pdfText(bytes, 'raw');
	if (/[\u0600-\u06ff\u0750-\u077f]/.test(raw)) {
		const characters = (text: string) => [...text.normalize('NFC').replace(/\s+/g, '')].sort().join('');
		if (characters(tree) !== characters(raw)) problems.push('the characters shown are not those in the tree');
		return problems;
	}
	const words = (text: string) => text.normalize('NFC').split(/\s+/).filter(Boolean);
	const read = new Map<string, number>();
	for (const word of words(tree)) read.set(word, (read.get(word) ?? 0) + 1);
	const take = (word: string) => (read.get(word) ?? 0) > 0 && read.set(word, read.get(word)! - 1);
	const shown = words(raw);
	for (let i = 0; i < shown.length; i++) {
		if (take(shown[i]!)) continue;
		let whole = shown[i]!;
		let j = i + 1;
		while (j < shown.length && j - i < 100 && !take((whole += shown[j]!))) j++;
		if (j < shown.length && j - i < 100) i = j;
		else problems.push(`"${shown[i]}" is shown but not in the tree or the artifacts`);
	}
	for (const [word, left] of read) {
		if (left > 0) problems.push(`"${word}" is in the tree or the artifacts ${left}× more than shown`);
	}
	return problems;
}
