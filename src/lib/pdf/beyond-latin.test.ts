/**
 * The documents with names and answers in Arabic, Persian, Tigrinya, Ukrainian and Turkish, read back with
 * poppler: every word drawn and inked, none replaced, in reading order in the structure tree, and in
 * pdftotext's text, which writes each line from left to right with each right-to-left run in reading
 * order (docs/pdf.md, "Right to left").
 */
import { describe, expect, it } from 'vitest';
import { m } from '$lib/messages';
import { scriptsPreparation, SENTENCES } from '$lib/test/extremes';
import {
	fonts as fontsOf,
	pageCount,
	pdfText,
	pdfWords,
	structure,
	textOf,
	uninkedWords,
	type Word
} from '$lib/test/read-back';
import { tagProblems } from '$lib/test/read-tags';
import { makeAgenda } from './agenda';
import { A4, MARGIN } from './document';
import { nodeFonts } from './fonts-node';
import { makeOwnPage } from './own';
import { makeSheet } from './sheet';
import { REPLACEMENT } from './text';

const fonts = nodeFonts();
const flat = (text: string) => text.replace(/\s+/g, ' ');
const footer = m.pdf_footer({}, { locale: 'nl' });
/** Persian's zero-width non-joiner shapes the letters beside it but is not drawn, so it does not read back. */
const drawn = (text: string) => text.replaceAll('\u200c', '');

describe('a preparation in Arabic, Persian, Tigrinya, Ukrainian and Turkish', () => {
	it.each([
		['agenda', makeAgenda],
		['own page', makeOwnPage],
		['agreement sheet', makeSheet]
	] as const)('gives a(n) %s with every word drawn, inked and tagged, nothing replaced', async (_, make) => {
		const made = await make(scriptsPreparation(), fonts);
		expect(made.replacedIn).toEqual([]);
		const text = pdfText(made.bytes);
		expect(text).not.toContain(REPLACEMENT);
		expect(flat(text)).toContain('zorggesprek over محمد');
		expect(uninkedWords(made.bytes)).toEqual([]);
		expect(await tagProblems(made.bytes, [footer])).toEqual([]);
		// Noto Sans and the script fonts, each a subset of what it draws (the title's name is Arabic in bold).
		const names = fontsOf(made.bytes).map((name) => name.split('+')[1]!);
		expect(names).toEqual(
			expect.arrayContaining(['NotoSans-Regular', 'NotoSansArabic-Bold', 'NotoSansEthiopic-Regular'])
		);
		expect(names.filter((name) => !/^NotoSans(Arabic|Ethiopic)?-(Regular|Bold)$/.test(name))).toEqual([]);
	});

	it('has the agenda’s names and answers in reading order, in the structure tree and in pdftotext', async () => {
		const made = await makeAgenda(scriptsPreparation(), fonts);
		expect(pageCount(made.bytes)).toBe(1);
		const tree = textOf(structure(made.bytes));
		for (const sentence of Object.values(SENTENCES)) expect(tree).toContain(drawn(sentence));
		for (const name of ['فاطمة', 'زهرا پژمان گلچهره', 'ሰላም', 'ዮሃንስ', 'Олена', 'Ayşe Yılmaz']) {
			expect(tree).toContain(name);
		}
		const text = flat(pdfText(made.bytes));
		// Each right-to-left run in reading order; the runs of a line as they stand, from left to right.
		for (const run of ['محمد يحب كرة القدم مع', 'Tom', 'منذ', '2023', 'في', 'groep 5'])
			expect(text).toContain(run);
		for (const sentence of ['persian', 'dutch', 'ukrainian', 'turkish'] as const) {
			expect(text).toContain(drawn(SENTENCES[sentence]));
		}
		expect(text).toContain('زهرا پژمان گلچهره');
		expect(text).toContain('محمد is er niet bij en geeft een eigen mening op papier mee.');
		expect(text).toContain('Waarom is er dit gesprek? groep 5 في 2023 منذ Tom محمد يحب كرة القدم مع');
		expect(made.fileName).toBe('zorggesprek-agenda-2026-12-03.pdf');
	});

	it('aligns a paragraph that reads from right to left to the right edge of its column', async () => {
		const prep = scriptsPreparation();
		prep.questions = [{ id: 'q1', text: SENTENCES.arabic }];
		const words = pdfWords((await makeAgenda(prep, fonts)).bytes);
		/** The words on the line of a word: their boxes overlap its box (Arabic's are taller). */
		const lineOf = (word: Word) => words.filter((w) => w.yMin < word.yMax && w.yMax > word.yMin);
		const question = lineOf(
			words.find((w) => w.text === '•' && w.yMin > words.find((x) => x.text === 'vragen')!.yMax)!
		);
		// The bullet stays at the left, where the page's lists have it; the text ends at the right margin.
		expect(Math.min(...question.map((w) => w.xMin))).toBeCloseTo(MARGIN, 0);
		expect(Math.max(...question.map((w) => w.xMax))).toBeCloseTo(A4.width - MARGIN, 0);
		expect(question.find((w) => w.text === 'Tom')!.xMin).toBeGreaterThan(A4.width / 2);
		// A Dutch sentence that begins with an Arabic name starts at the left margin, as the page reads.
		const sentence = lineOf(words.find((w) => w.text === 'niet')!);
		expect(Math.min(...sentence.map((w) => w.xMin))).toBeCloseTo(MARGIN, 0);
		expect(Math.max(...sentence.map((w) => w.xMax))).toBeLessThan(A4.width / 2 + 100);
	});

	it('sets the title and the footer of a page in Arabic at the right margin', async () => {
		const prep = scriptsPreparation();
		prep.language = 'ar';
		prep.secondLanguage = '';
		const made = await makeOwnPage(prep, fonts);
		// محمد gives no Latin letters, nor does the meeting type in Arabic: the Dutch type names the file.
		expect(made.fileName).toBe('zorggesprek-voor-mezelf-2026-12-03.pdf');
		const words = pdfWords(made.bytes);
		const top = Math.min(...words.map((w) => w.yMin));
		const bottom = Math.max(...words.map((w) => w.yMax));
		for (const line of [words.filter((w) => w.yMin < top + 10), words.filter((w) => w.yMax > bottom - 5)]) {
			expect(Math.max(...line.map((w) => w.xMax))).toBeCloseTo(A4.width - MARGIN, 0);
			expect(Math.min(...line.map((w) => w.xMin))).toBeGreaterThan(MARGIN + 20);
		}
	});

	it('puts the Dutch beside an agenda in Arabic under its title, details and headings, never over them', async () => {
		for (const type of ['zorg', 'mdo'] as const) {
			const prep = scriptsPreparation();
			prep.language = 'ar';
			prep.secondLanguage = 'nl';
			prep.meeting.type = type;
			const words = pdfWords((await makeAgenda(prep, fonts)).bytes);
			expect(words.map((w) => w.text)).toContain('Agenda');
			// Arabic glyphs get boxes as tall as the font's line, so a word is over another when their
			// middles are closer than half the smaller height and they share more than a point across.
			const latin = words.filter((w) => /[a-z]/i.test(w.text));
			const arabic = words.filter((w) => /[\u0600-\u06ff]/.test(w.text));
			const middle = (w: Word) => (w.yMin + w.yMax) / 2;
			const over = latin.flatMap((a, i) =>
				[...latin.slice(i + 1), ...arabic]
					.filter((b) => Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 1)
					.filter((b) => Math.abs(middle(a) - middle(b)) < Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 2)
					.map((b) => `${a.text} / ${b.text}`)
			);
			expect(over, type).toEqual([]);
		}
	});

	it('keeps a script the fonts lack as today: a visible mark, and the field named', async () => {
		const prep = scriptsPreparation();
		prep.answers.purpose.why = `${SENTENCES.arabic} 你好`;
		const made = await makeAgenda(prep, fonts);
		expect(made.replacedIn).toEqual(['Waarom is er dit gesprek?']);
		expect(flat(pdfText(made.bytes))).toContain(`${REPLACEMENT} groep 5`);
	});
});
