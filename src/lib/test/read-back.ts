/**
 * Reading a PDF back as a person would, for tests and the benchmark: its words with their boxes
 * (pdftotext), its pages as grey pixels (pdftoppm), and its structure tree as a screen reader gets it
 * (pdfinfo -struct-text), all from poppler-utils. "Inked" means a word's box holds dark pixels: text
 * extraction alone passes a PDF whose glyphs are drawn blank.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';

export interface Word {
	page: number;
	text: string;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

function withFile<T>(bytes: Uint8Array, run: (path: string, dir: string) => T): T {
	const dir = mkdtempSync(join(tmpdir(), 'gw-pdf-'));
	try {
		const path = join(dir, 'doc.pdf');
		writeFileSync(path, bytes);
		return run(path, dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export function pageCount(bytes: Uint8Array): number {
	return withFile(bytes, (path) =>
		Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
	);
}

/**
 * pdftotext puts right-to-left runs between embedding marks (U+202B … U+202C). The documents never hold
 * these (text.ts removes them), so they are poppler's, and taken out. Reversing a run, poppler also puts
 * the spaces after it in front of it ("hem ‫ محمد‬en"): they go back after it ("hem محمد en").
 */
const fromPoppler = (text: string) =>
	text.replace(/\u202B( +)([^\u202C]*)\u202C/g, '$2$1').replace(/[\u202A-\u202E]/g, '');

/**
 * The text as laid out on the page, or (`raw`) in drawing order, which keeps a table cell's lines together.
 * pdftotext writes each line from left to right and each right-to-left run in it in reading order: Arabic
 * words read right, but a line's runs stand in the order they show (docs/pdf.md, "Right to left").
 */
export function pdfText(bytes: Uint8Array, mode: 'layout' | 'raw' = 'layout'): string {
	return withFile(bytes, (path) =>
		fromPoppler(execFileSync('pdftotext', [`-${mode}`, path, '-'], { encoding: 'utf8' }))
	);
}

const decode = (s: string) =>
	s.replace(
		/&(amp|lt|gt|quot|#39);/g,
		(_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!
	);

export function pdfWords(bytes: Uint8Array): Word[] {
	const html = withFile(bytes, (path) =>
		execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' })
	);
	const words: Word[] = [];
	let page = 0;
	for (const match of html.matchAll(
		/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
	)) {
		if (match[0] === '<page ') {
			page++;
			continue;
		}
		words.push({
			page,
			text: fromPoppler(decode(match[5]!)),
			xMin: +match[1]!,
			yMin: +match[2]!,
			xMax: +match[3]!,
			yMax: +match[4]!
		});
	}
	return words;
}

export interface Gray {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/** Each page as 8-bit grey pixels at `dpi` (PGM from pdftoppm). */
export function renderGray(bytes: Uint8Array, dpi = 72): Gray[] {
	return withFile(bytes, (path, dir) => {
		execFileSync('pdftoppm', ['-gray', '-r', String(dpi), path, join(dir, 'page')]);
		return readdirSync(dir)
			.filter((f) => f.endsWith('.pgm'))
			.sort()
			.map((f) => {
				const data = readFileSync(join(dir, f));
				const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
				return { width: +header[1]!, height: +header[2]!, pixels: data.subarray(header[0].length) };
			});
	});
}

/**
 * The long horizontal lines on a rendered page (writing lines, rules), each as its y in PDF points from
 * the bottom, as pdf-lib draws: rows with an unbroken grey run of at least `minLength` points, where rows
 * next to each other are one line (a thin line can fall across two rows of pixels).
 */
export function horizontalLines(gray: Gray, dpi: number, minLength = 100, pageHeight = 841.89): number[] {
	const need = (minLength * dpi) / 72;
	const rows: number[] = [];
	for (let y = 0; y < gray.height; y++) {
		let run = 0;
		for (let x = 0; x < gray.width && run < need; x++) {
			run = gray.pixels[y * gray.width + x]! < 240 ? run + 1 : 0;
		}
		if (run >= need) rows.push(y);
	}
	const lines: number[][] = [];
	for (const row of rows) {
		const last = lines.at(-1);
		if (last && row === last.at(-1)! + 1) last.push(row);
		else lines.push([row]);
	}
	return lines.map((group) => {
		const middle = (group[0]! + group.at(-1)! + 1) / 2;
		return pageHeight - (middle * 72) / dpi;
	});
}

/** The words whose box on the rendered page holds no dark pixel: drawn blank, or not at all. */
export function uninkedWords(bytes: Uint8Array, dpi = 150): Word[] {
	const pages = renderGray(bytes, dpi);
	const scale = dpi / 72;
	return pdfWords(bytes).filter((word) => {
		const gray = pages[word.page - 1]!;
		for (
			let y = Math.floor(word.yMin * scale);
			y <= Math.min(gray.height - 1, Math.ceil(word.yMax * scale));
			y++
		) {
			for (
				let x = Math.floor(word.xMin * scale);
				x <= Math.min(gray.width - 1, Math.ceil(word.xMax * scale));
				x++
			) {
				if (gray.pixels[y * gray.width + x]! < 192) return false;
			}
		}
		return true;
	});
}

/** Dark pixels outside the page's margins (the footer line below the bottom margin is allowed for). */
export function inkOutside(bytes: Uint8Array, margin: number, dpi = 72): number {
	let count = 0;
	for (const gray of renderGray(bytes, dpi)) {
		const m = Math.floor((margin * dpi) / 72) - 1;
		for (let y = 0; y < gray.height; y++) {
			for (let x = 0; x < gray.width; x++) {
				const inside =
					x >= m && x < gray.width - m && y >= m && y < gray.height - Math.floor((22 * dpi) / 72);
				if (!inside && gray.pixels[y * gray.width + x]! < 200) count++;
			}
		}
	}
	return count;
}

/** The text of the QR code on a rendered page (decoded by jsQR, as a camera would), or null when none reads. */
export function readQr(gray: Gray): string | null {
	const rgba = new Uint8ClampedArray(gray.width * gray.height * 4);
	gray.pixels.forEach((value, i) => {
		rgba.set([value, value, value, 255], i * 4);
	});
	return jsQR(rgba, gray.width, gray.height)?.data ?? null;
}

/** The names of the fonts the PDF holds (pdffonts). */
export function fonts(bytes: Uint8Array): string[] {
	const out = withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
	return out
		.split('\n')
		.slice(2)
		.filter(Boolean)
		.map((line) => line.split(/\s+/)[0]!);
}

/** True when pdfinfo calls the PDF tagged: it has a structure tree and says its content is marked. */
export function isTagged(bytes: Uint8Array): boolean {
	return withFile(bytes, (path) =>
		/^Tagged:\s+yes$/m.test(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))
	);
}

/** An element of the structure tree as poppler reads it: its type, attributes and text in reading order. */
export interface StructNode {
	role: string;
	/** Attribute lines such as "/Scope /Column". */
	attributes: string[];
	/** The text of each piece of marked content the element holds itself (not its children's). */
	text: string[];
	kids: StructNode[];
	/** Its own texts and its children in reading order (a heading's text, then its translation's Span). */
	parts: (string | StructNode)[];
}

/** The structure tree, read by `pdfinfo -struct-text` (poppler): the root, which should be "Document". */
export function structure(bytes: Uint8Array): StructNode {
	const out = withFile(bytes, (path) =>
		execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' })
	);
	const root: StructNode = { role: '', attributes: [], text: [], kids: [], parts: [] };
	// Each element's line is indented two spaces deeper than its parent's; its text and attributes deeper still.
	const open: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
	for (const line of out.split('\n')) {
		if (!line.trim()) continue;
		const depth = line.length - line.trimStart().length;
		const content = line.trim();
		while (open.length > 1 && open.at(-1)!.depth >= depth) open.pop();
		const current = open.at(-1)!.node;
		if (content.startsWith('"')) {
			current.text.push(content.slice(1, -1));
			current.parts.push(content.slice(1, -1));
		} else if (content.startsWith('/')) current.attributes.push(content);
		else {
			const node: StructNode = {
				role: /^\w+/.exec(content)![0],
				attributes: [],
				text: [],
				kids: [],
				parts: []
			};
			current.kids.push(node);
			current.parts.push(node);
			open.push({ depth, node });
		}
	}
	return root.kids[0] ?? root;
}

/** Every element of the tree, depth first, in reading order. */
export function elements(node: StructNode): StructNode[] {
	return [node, ...node.kids.flatMap(elements)];
}

/** All the text an element holds, with its children's, in reading order, spaces made single. */
export function textOf(node: StructNode): string {
	return node.parts
		.map((part) => (typeof part === 'string' ? part : textOf(part)))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}
