import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { takeOverProposals } from '$lib/agreements/take-over';
import type { Preparation } from '$lib/model/preparation';
import { example, filledPreparation } from '$lib/test/extremes';
import { A4, MARGIN } from './document';
import { nodeFonts } from './fonts-node';
import {
	elements,
	inkOutside,
	pageCount,
	pdfText,
	pdfWords,
	structure,
	textOf,
	uninkedWords
} from '$lib/test/read-back';
import { allTagged, tagProblems, taggedTree } from '$lib/test/read-tags';
import { m } from '$lib/messages';
import { makeSheet } from './sheet';
import { WIDTH } from './sheet-lines';

const fonts = nodeFonts();
const flat = (text: string) => text.replace(/\s+/g, ' ');
const sheetText = async (prep: Preparation) => flat(pdfText((await makeSheet(prep, fonts)).bytes, 'raw'));
const count = (text: string, part: string) => text.split(part).length - 1;

/** Ayşe's preparation with a marker word at the start of each proposal, to count where each one lands. */
function marked() {
	const p = example('ayse');
	p.answers.agreements.proposed = ['Alfa', 'Bravo', 'Charlie'].map((word, i) => ({
		...p.answers.agreements.proposed[i % 2]!,
		id: `p${i}`,
		what: `Voorstelmarker${word} ${p.answers.agreements.proposed[i % 2]!.what}`
	}));
	return p;
}

describe('the agreement sheet before the meeting', () => {
	it('lists the proposals as proposals, with owner, date and how we see it works', async () => {
		const made = await makeSheet(example('ayse'), fonts);
		const text = flat(pdfText(made.bytes, 'raw'));
		expect(pageCount(made.bytes)).toBe(1);
		expect(text).toContain('Voorstel: Ayşe oefent twee keer per week 15 minuten lezen');
		expect(text).toContain('14 december 2026');
		expect(text).toContain('Evaluatiegesprek op: Mijn voorstel: donderdag 28 januari 2027');
		expect(text).toContain('Verslag ontvangen en gecontroleerd op');
		expect(text).not.toContain('Voorstellen die nog geen afspraak zijn');
		expect(uninkedWords(made.bytes)).toEqual([]);
		expect(made.fileName).toBe('ayse-afspraken-2026-12-03.pdf');
	});

	it('has no boxes for signatures or initials: nobody needs to sign at the table', async () => {
		const text = await sheetText(example('ayse'));
		expect(text).not.toMatch(/paraaf|handtekening|onderteken/i);
	});
});

describe('the agreement sheet after the meeting', () => {
	it('lists each agreement made exactly once, without the proposals it came from', async () => {
		const p = marked();
		expect(takeOverProposals(p)).toBe(3);
		const text = await sheetText(p);
		for (const word of ['Alfa', 'Bravo', 'Charlie']) expect(count(text, `Voorstelmarker${word}`)).toBe(1);
		expect(text).not.toContain('Voorstel:');
		expect(text).not.toContain('Voorstellen die nog geen afspraak zijn');
	});

	it('puts proposals that no agreement came from in a part of their own, after the agreements', async () => {
		const p = marked();
		takeOverProposals(p);
		p.agreementsMade = p.agreementsMade.filter((a) => a.fromProposal !== 'p1');
		p.agreementsMade.push({
			...p.agreementsMade[0]!,
			id: 'own',
			what: 'Afsprakenmarker zelf bedacht',
			fromProposal: ''
		});
		const text = await sheetText(p);
		expect(count(text, 'Voorstelmarker')).toBe(3);
		expect(count(text, 'VoorstelmarkerBravo')).toBe(1);
		expect(count(text, 'Afsprakenmarker')).toBe(1);
		const apart = text.indexOf('Voorstellen die nog geen afspraak zijn');
		expect(apart).toBeGreaterThan(text.indexOf('VoorstelmarkerCharlie'));
		expect(apart).toBeGreaterThan(text.indexOf('Afsprakenmarker'));
		expect(text.indexOf('VoorstelmarkerBravo')).toBeGreaterThan(apart);
	});

	it('gives the evaluation as agreed at the meeting: date, time and who invites', async () => {
		const p = marked();
		takeOverProposals(p);
		p.after = {
			...p.after,
			evaluationDate: '2027-02-04',
			evaluationTime: '15:30',
			whoInvites: 'Uitnodigermarker'
		};
		const text = await sheetText(p);
		expect(text).toContain('Evaluatiegesprek op: donderdag 4 februari 2027 om 15:30 uur');
		expect(text).toContain('Wie nodigt uit: Uitnodigermarker');
		expect(text).not.toContain('28 januari 2027');
	});

	it('takes a second page only when there are many, within the margins, every word inked', async () => {
		const many = filledPreparation('een afspraak met veel woorden '.repeat(12));
		const made = await makeSheet(many, fonts);
		expect(pageCount(made.bytes)).toBeGreaterThan(1);
		expect(inkOutside(made.bytes, MARGIN)).toBe(0);
		expect(uninkedWords(made.bytes)).toEqual([]);
		const text = flat(pdfText(made.bytes, 'raw'));
		expect(text).toContain('Verslag ontvangen en gecontroleerd op');
	});

	it('repeats the table header only on pages that carry the table', async () => {
		const p = example('ayse');
		p.agreementsMade = Array.from({ length: 8 }, (_, i) => ({
			...p.answers.agreements.proposed[0]!,
			id: `m${i}`,
			fromProposal: ''
		}));
		const made = await makeSheet(p, fonts);
		expect(pageCount(made.bytes)).toBe(2);
		const second = flat(
			execFileSync('pdftotext', ['-f', '2', '-l', '2', '-', '-'], { input: made.bytes }).toString()
		);
		expect(second.trim().startsWith('Evaluatiegesprek op:')).toBe(true);
		expect(second).not.toContain('Wat spreken we af');
	});

	it('keeps the meeting’s date when a long place is shortened, and says so', async () => {
		const p = example('ayse');
		p.meeting.place = 'Een heel lange plaatsbeschrijving '.repeat(6);
		const made = await makeSheet(p, fonts);
		const text = flat(pdfText(made.bytes, 'raw'));
		expect(text).toContain('donderdag 3 december 2026 · Een heel lange plaatsbeschrijving');
		expect(text).toContain('… (meer in de app)');
		expect(made.shortened).toBe(true);
		expect((await makeSheet(example('ayse'), fonts)).shortened).toBe(false);
	});
});

describe('the agreement sheet, tagged', () => {
	const footer = m.pdf_footer({}, { locale: 'nl' });

	it('is a table a screen reader can follow: column headers, a row per proposal, every cell', async () => {
		const made = await makeSheet(example('ayse'), fonts);
		expect(await tagProblems(made.bytes, [footer])).toEqual([]);
		const tree = structure(made.bytes);
		expect(tree.kids.map((e) => e.role)).toEqual(['H1', 'P', 'Table', 'P', 'P', 'P', 'P']);
		const [head, ...rows] = tree.kids[2]!.kids;
		expect(head!.kids.map((cell) => [cell.role, cell.attributes, textOf(cell)])).toEqual(
			['Wat spreken we af', 'Wie', 'Klaar op', 'Hoe zien we dat het werkt', 'Evaluatie'].map((text) => [
				'TH',
				['/Scope /Column'],
				text
			])
		);
		// The blank rows for writing are room on paper, not rows to read; an empty cell is still a cell.
		expect(rows.map((row) => row.kids.map((cell) => cell.role))).toEqual(Array(2).fill(Array(5).fill('TD')));
		expect(rows.map((row) => textOf(row.kids[1]!))).toEqual(['School: juf Łucja regelt het', 'Ouders']);
		expect(textOf(rows[0]!.kids[4]!)).toBe('');
		const { root } = await taggedTree(made.bytes);
		const th = allTagged(root!).find((e) => e.role === 'TH')!;
		expect(th.attributes).toEqual({ O: 'Table', Scope: 'Column' });
		expect(textOf(tree.kids[3]!)).toBe('Evaluatiegesprek op: Mijn voorstel: donderdag 28 januari 2027');
	}, 30_000);

	it('over several pages reads its header once: the repeats are artifacts, like the footers', async () => {
		const made = await makeSheet(filledPreparation('een afspraak met veel woorden '.repeat(12)), fonts);
		const pages = pageCount(made.bytes);
		const header = 'Wat spreken we af Wie Klaar op Hoe zien we dat het werkt Evaluatie';
		const repeats = count(pdfText(made.bytes, 'raw'), 'Wat spreken we af') - 1;
		expect(repeats).toBeGreaterThan(0);
		const artifacts = [...Array(pages).fill(footer), ...Array(repeats).fill(header)];
		expect(await tagProblems(made.bytes, artifacts)).toEqual([]);
		const tree = structure(made.bytes);
		expect(elements(tree).filter((e) => e.role === 'TH')).toHaveLength(5);
		expect(elements(tree).filter((e) => e.role === 'Table')).toHaveLength(1);
	}, 30_000);

	it('lists the proposals no agreement came from under a heading of their own', async () => {
		const p = marked();
		takeOverProposals(p);
		p.agreementsMade = p.agreementsMade.filter((a) => a.fromProposal !== 'p1');
		const made = await makeSheet(p, fonts);
		expect(await tagProblems(made.bytes, [footer])).toEqual([]);
		const tree = structure(made.bytes);
		const at = tree.kids.findIndex((e) => e.role === 'H2');
		expect(textOf(tree.kids[at]!)).toBe('Voorstellen die nog geen afspraak zijn');
		const list = tree.kids[at + 1]!;
		expect(list.kids.map((li) => li.kids.map((k) => k.role))).toEqual([['Lbl', 'LBody']]);
		expect(textOf(list)).toMatch(/^• VoorstelmarkerBravo /);
	}, 30_000);
});

describe('the agreement sheet in Arabic', () => {
	/** The first word with this text, and the words on its line (poppler reads Arabic glyph by glyph). */
	const find = (words: ReturnType<typeof pdfWords>, text: string) => {
		const word = words.find((w) => w.text === text)!;
		expect(word, text).toBeDefined();
		const middle = (word.yMin + word.yMax) / 2;
		const line = words.filter((w) => w.page === word.page && w.yMin < middle && w.yMax > middle);
		return {
			...word,
			lineLeft: Math.min(...line.map((w) => w.xMin)),
			lineRight: Math.max(...line.map((w) => w.xMax))
		};
	};
	const sheet = async (language: 'ar' | 'nl') => {
		const p = example('ayse');
		p.language = language;
		p.after.whoInvites = 'Intern begeleider Marloes';
		return pdfWords((await makeSheet(p, fonts)).bytes);
	};
	const RIGHT = A4.width - MARGIN;

	it('reads from right to left: the first column at the right, the closing labels at the right margin', async () => {
		const words = await sheet('ar');
		// Columns: what (Ayşe…), who (Ouders), how we see it works (leeslijst): mirrored, what is rightmost.
		expect(find(words, 'Ouders').xMin).toBeGreaterThan(find(words, 'leeslijst').xMax);
		expect(find(words, 'oefent').xMin).toBeGreaterThan(find(words, 'Ouders').xMax);
		// A Dutch cell keeps its word order, and ends at its column's right edge as the Arabic ones do.
		expect(find(words, 'School:').xMax).toBeLessThan(find(words, 'juf').xMin);
		// The second column ends where the first (30 % of the width) begins, less the cell's padding.
		expect(find(words, 'Ouders').xMax).toBeCloseTo(RIGHT - 0.3 * WIDTH - 4, 0);
		// The label ends at the right margin; what was settled stands on the line left of it, in Dutch order.
		const invites = find(words, 'Marloes');
		expect(invites.lineRight).toBeCloseTo(RIGHT, 0);
		expect(find(words, 'Intern').xMax).toBeLessThan(invites.xMin);
		expect(invites.xMax).toBeLessThan(RIGHT - 30);
	});

	it('in Dutch keeps the first column at the left and the labels at the left margin', async () => {
		const words = await sheet('nl');
		expect(find(words, 'Ouders').xMax).toBeLessThan(find(words, 'leeslijst').xMin);
		expect(find(words, 'oefent').xMax).toBeLessThan(find(words, 'Ouders').xMin);
		expect(find(words, 'Marloes').lineLeft).toBeCloseTo(MARGIN, 0);
	});
});
