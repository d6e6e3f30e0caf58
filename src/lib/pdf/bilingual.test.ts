/**
 * The bilingual agenda, read back with poppler and pdf-lib: the school's Dutch with each heading and the
 * app's own words in the parent's language too, every answer once and as typed, one inked page, each
 * translation a Span with its own /Lang; the parent's own page wholly in the parent's language.
 */
import { PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { languageInfo, type Language } from '$lib/i18n/languages';
import { m } from '$lib/messages';
import { example, filledPreparation } from '$lib/test/extremes';
import { markedPreparation } from '$lib/test/marked';
import {
	elements,
	inkOutside,
	pageCount,
	pdfText,
	structure,
	textOf,
	uninkedWords
} from '$lib/test/read-back';
import { allTagged, tagProblems, taggedTree } from '$lib/test/read-tags';
import { makeAgenda } from './agenda';
import { MARGIN } from './document';
import { nodeFonts } from './fonts-node';
import { makeOwnPage } from './own';

const fonts = nodeFonts();
const flat = (text: string) => text.replace(/\s+/g, ' ');
const times = (text: string, word: string) => text.split(word).length - 1;
const MARKER = /zq[a-z]{2}/;

/** Every answer marked (src/lib/test/marked.ts), a choice, a date and a fixed sentence to translate. */
function marked(second: Language) {
	const { prep, expected } = markedPreparation();
	prep.secondLanguage = second;
	prep.lookBack[0]!.status = 'done';
	prep.answers.people.childAttends = 'paper';
	prep.answers.evaluation.proposedDate = '2027-04-01';
	// The child's name is every title's, in both languages: the other answers are printed once.
	const words = (paper: 'agenda' | 'own') =>
		[...expected]
			.filter(([word, where]) => where.paper.includes(paper) && word !== prep.child.firstName)
			.map(([word]) => word);
	return { prep, agenda: words('agenda'), own: words('own') };
}

/** Words of the app that every marked agenda prints, in one language. */
const fixedWords = (locale: Language, child: string) => {
	const o = { locale };
	return [
		m.step_people_title({}, o),
		m.pdf_look_back({}, o),
		m.pdf_outcomes({}, o),
		m.pdf_evaluation({}, o),
		m.pdf_notes({}, o),
		m.agenda_item_opening({}, o),
		m.look_back_status_done({}, o),
		m.pdf_child_paper({ child }, o),
		m.pdf_from_school({}, o)
	];
};

async function readAgenda(second: Language) {
	const { prep, agenda } = marked(second);
	const made = await makeAgenda(prep, fonts);
	const { doc, root } = await taggedTree(made.bytes);
	const child = prep.child.firstName;
	return { prep, child, agenda, made, text: flat(pdfText(made.bytes)), doc, tagged: allTagged(root!) };
}

describe('a bilingual agenda', () => {
	it('in Dutch and Turkish is one inked page with each heading in both, and every answer once', async () => {
		const { prep, child, agenda, made, text, doc, tagged } = await readAgenda('tr');
		expect(pageCount(made.bytes)).toBe(1);
		for (const word of [...fixedWords('nl', child), ...fixedWords('tr', child)]) expect(text).toContain(word);
		expect(text).toContain(
			m.pdf_agenda_title(
				{ child: prep.child.firstName, meeting: m.meeting_short_tienminuten({}, { locale: 'tr' }) },
				{ locale: 'tr' }
			)
		);
		for (const word of agenda) expect(times(text, word), word).toBe(1);
		expect(uninkedWords(made.bytes)).toEqual([]);
		expect(inkOutside(made.bytes, MARGIN)).toBe(0);
		expect(await tagProblems(made.bytes, [m.pdf_footer({}, { locale: 'nl' })])).toEqual([]);

		// The school's language is the document's; each Turkish text is a Span marked as Turkish.
		expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('nl-NL');
		expect(doc.getTitle()).toBe(
			m.pdf_agenda_title({ child: prep.child.firstName, meeting: m.meeting_short_tienminuten() })
		);
		const spans = tagged.filter((e) => e.role === 'Span');
		expect(spans.length).toBeGreaterThan(10);
		expect(new Set(spans.map((s) => s.lang))).toEqual(new Set([languageInfo('tr').tag]));
		expect(tagged.filter((e) => e.lang !== undefined).every((e) => e.role === 'Span')).toBe(true);
		// Every heading holds its Turkish, read after its Dutch; no translation holds an answer.
		const tree = structure(made.bytes);
		const headings = elements(tree).filter((e) => e.role === 'H2');
		expect(headings.map((h) => h.kids.map((k) => k.role))).toEqual(headings.map(() => ['Span']));
		expect(headings.map(textOf)).toContain(
			`${m.step_people_title({}, { locale: 'nl' })} ${m.step_people_title({}, { locale: 'tr' })}`
		);
		for (const span of elements(tree).filter((e) => e.role === 'Span'))
			expect(textOf(span).replaceAll(child, '')).not.toMatch(MARKER);
	});

	it('in Dutch and Arabic is one inked page, its Arabic marked as Arabic, every Latin answer once', async () => {
		const { child, agenda, made, text, tagged } = await readAgenda('ar');
		expect(pageCount(made.bytes)).toBe(1);
		for (const word of fixedWords('nl', child)) expect(text).toContain(word);
		for (const word of agenda) expect(times(text, word), word).toBe(1);
		expect(uninkedWords(made.bytes)).toEqual([]);
		expect(await tagProblems(made.bytes, [m.pdf_footer({}, { locale: 'nl' })])).toEqual([]);
		const spans = tagged.filter((e) => e.role === 'Span');
		expect(spans.length).toBeGreaterThan(10);
		expect(new Set(spans.map((s) => s.lang))).toEqual(new Set(['ar']));
		const headings = tagged.filter((e) => e.role === 'H2');
		expect(headings.map((h) => h.kids.map((k) => [k.role, k.lang]))).toEqual(
			headings.map(() => [['Span', 'ar']])
		);
		// The app's own Arabic words are never reported as the parent's text the font cannot show.
		expect(made.replacedIn).toEqual([]);
	});

	it('in Dutch and Arabic shows each heading’s Arabic, in logical order', async () => {
		const { child, made, text } = await readAgenda('ar');
		expect(text).toMatch(/[\u0600-\u06FF]/);
		// In logical order as the tagged text has it (what a screen reader reads and a copy gives). Not as
		// pdftotext's page text: it puts right-to-left words back in order by their place on the page, which
		// leaves punctuation between them in the page's order ("…شخص :الافتتاح") and reverses the letters
		// of a ligature ("لا" as "ال"), however the page is drawn.
		const tagged = textOf(structure(made.bytes));
		for (const word of fixedWords('ar', child)) expect(tagged).toContain(word);
	});

	it.each([
		['the long example', 'uk', example('sem')],
		['the long example', 'ar', example('sem')],
		['a huge preparation', 'tr', filledPreparation('woord '.repeat(1700))],
		['a crowded preparation', 'pl', filledPreparation('x'.repeat(200) + ' ', 50)]
	] as const)(
		'of %s (+%s) stays one page, never below 8 pt, shortened with a marker',
		async (_, second, prep) => {
			const made = await makeAgenda({ ...prep, secondLanguage: second }, fonts);
			expect(pageCount(made.bytes)).toBe(1);
			expect(made.fontSize).toBeGreaterThanOrEqual(8);
			expect(inkOutside(made.bytes, MARGIN)).toBe(0);
			expect(uninkedWords(made.bytes)).toEqual([]);
			expect(made.shortened).toBe(true);
			expect(pdfText(made.bytes)).toContain(m.pdf_more({}, { locale: 'nl' }));
			expect(made.bytes.length).toBeLessThan(60_000);
		}
	);
});

describe('the parent’s own page beside a bilingual agenda', () => {
	it('is wholly in the parent’s language, with every answer that belongs on it', async () => {
		const { prep, own } = marked('tr');
		const made = await makeOwnPage(prep, fonts);
		const text = flat(pdfText(made.bytes));
		expect(pageCount(made.bytes)).toBe(1);
		expect(text).toContain(m.pdf_own_private({}, { locale: 'tr' }));
		expect(text).not.toContain(m.pdf_own_private({}, { locale: 'nl' }));
		expect(text).toContain(
			m.pdf_own_title(
				{ child: prep.child.firstName, meeting: m.meeting_short_tienminuten({}, { locale: 'tr' }) },
				{ locale: 'tr' }
			)
		);
		for (const word of own) expect(times(text, word), word).toBe(1);
		expect(made.fileName).toBe(
			`${prep.child.firstName}-${m.pdf_own_file({}, { locale: 'tr' })}-2027-03-05.pdf`
		);
		expect(uninkedWords(made.bytes)).toEqual([]);
		const { doc, root } = await taggedTree(made.bytes);
		expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('tr-TR');
		expect(allTagged(root!).some((e) => e.role === 'Span')).toBe(false);
	});
});
