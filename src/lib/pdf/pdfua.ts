/**
 * What PDF/UA asks of the file besides the structure tree (tags.ts): XMP metadata that names the title, the
 * language and the PDF/UA part, and font subsets named with a tag (docs/pdf.md, "Tagged PDF").
 */
import { PDFName, type PDFDocument, type PDFFont } from 'pdf-lib';

const escapeXml = (text: string) =>
	text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The XMP packet: no dates and no personal data beyond the title, as in the document information. */
export function xmp(title: string, language: string, tool: string): string {
	return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${escapeXml(language)}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>${escapeXml(tool)}</pdf:Producer>
<xmp:CreatorTool>${escapeXml(tool)}</xmp:CreatorTool>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/** The catalog's metadata stream, uncompressed so that any tool can read it. */
export function addMetadata(doc: PDFDocument, title: string, language: string, tool: string): void {
	const bytes = new TextEncoder().encode(xmp(title, language, tool));
	const stream = doc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML' });
	doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/**
 * Six capital letters from the font's name and the glyphs its subset holds (FNV-1a): the same glyphs give
 * the same name, so a document comes out byte for byte the same each time.
 */
export function subsetTag(name: string, glyphIds: Iterable<number>): string {
	let hash = 0x811c9dc5;
	const mix = (byte: number) => {
		hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	};
	for (const char of name) mix(char.charCodeAt(0) & 0xff);
	for (const id of [...glyphIds].sort((a, b) => a - b)) {
		mix(id & 0xff);
		mix(id >>> 8);
	}
	let tag = '';
	for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
	return tag;
}

/** The parts of pdf-lib's CustomFontSubsetEmbedder this relies on (not in its public types). */
interface SubsetEmbedder {
	fontName: string;
	customName?: string;
	/** Original glyph id to subset glyph id, for every glyph drawn. */
	glyphIdMap?: Map<number, number>;
}

/**
 * Names each subset "ABCDEF+PostScriptName", as the PDF specification asks of subsets (9.6.4). pdf-lib
 * otherwise names it after the PostScript name with a number added. It reads the name (`customName`) only
 * when it writes the font, on saving, when the glyphs are known: so this runs just before saving.
 */
export function nameSubsets(fonts: PDFFont[]): void {
	for (const font of fonts) {
		const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
		if (!embedder.glyphIdMap) continue;
		embedder.customName = `${subsetTag(embedder.fontName, embedder.glyphIdMap.keys())}+${embedder.fontName}`;
	}
}
