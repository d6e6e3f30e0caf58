import fc from 'fast-check';
import { PDFDocument, PDFName, PDFRawStream, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import type { Preparation } from '$lib/model/preparation';
import { preparationSchema } from '$lib/model/preparation';
import { exampleFiles } from '$lib/test/examples';
import {
	emptyPreparation,
	everyScript,
	example,
	filledPreparation,
	NAMES,
	SENTENCES
} from '$lib/test/extremes';
import { makeAgenda } from './agenda';
import { createCanvas, MARGIN } from './document';
import { nodeFonts } from './fonts-node';
import { makeHandout } from './handout';
import { makeOwnPage } from './own';
import {
	elements,
	inkOutside,
	pageCount,
	pdfText,
	readQr,
	renderGray,
	structure,
	textOf,
	uninkedWords,
	type StructNode
} from '$lib/test/read-back';
import { allTagged, structureProblems, tagProblems, taggedTree } from '$lib/test/read-tags';
import { m } from '$lib/messages';
import { makeSheet } from './sheet';
import { REPLACEMENT } from './text';

const fonts = nodeFonts();
/** Random preparations per run of the property test; reading each back takes up to a second when busy. */
const RUNS = Number(process.env.PDF_PROPERTY_RUNS ?? 150);
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The footer of agenda, own page and sheet: drawn on every page, an artifact, never read. */
const footer = (prep: Preparation) => m.pdf_footer({}, { locale: prep.language });
const of = (tree: StructNode, role: string) => elements(tree).filter((e) => e.role === role);

describe('the agenda', () => {
	it.each(exampleFiles.map((f) => f.name.replace('.json', '')))(
		'of %s is one inked page with the names and answers',
		async (name) => {
			const prep = example(name);
			const made = await makeAgenda(prep, fonts);
			expect(pageCount(made.bytes)).toBe(1);
			const text = flat(pdfText(made.bytes));
			expect(text).toContain(prep.child.firstName);
			// Names appear in full unless the agenda had to shorten (the long example); then at least the first.
			const names = prep.answers.people.attendees.filter((a) => a.name).map((a) => a.name);
			for (const name of made.shortened ? names.slice(0, 1) : names) expect(text).toContain(name);
			expect(uninkedWords(made.bytes)).toEqual([]);
			expect(inkOutside(made.bytes, MARGIN)).toBe(0);
			expect(made.replacedIn).toEqual([]);
			expect(await tagProblems(made.bytes, [footer(prep)])).toEqual([]);
			const own = await makeOwnPage(prep, fonts);
			expect(await tagProblems(own.bytes, [footer(prep)])).toEqual([]);
		},
		30_000
	);

	it('names the school once when the meeting is at the child’s school, and says “gesprek” for an unsure type', async () => {
		const prep = example('daan');
		prep.meeting.place = prep.child.school = 'SBO Kwartelmarker';
		prep.meeting.type = 'unknown';
		const text = flat(pdfText((await makeAgenda(prep, fonts)).bytes));
		expect(text.match(/Kwartelmarker/g)).toHaveLength(1);
		expect(text).toContain('Agenda – gesprek over Daan');
		expect(text).not.toContain('Ik weet het niet');
	});

	it('is a tagged PDF whose structure is what a sighted reader sees, in the order of the page', async () => {
		const prep = example('ayse');
		const tree = structure((await makeAgenda(prep, fonts)).bytes);
		expect(tree.kids.map((e) => e.role).slice(0, 3)).toEqual(['H1', 'P', 'H2']);
		expect(of(tree, 'H1').map(textOf)).toEqual(['Agenda – zorggesprek over Ayşe']);
		expect(of(tree, 'H2').map(textOf)).toEqual([
			'Wie zijn erbij',
			'Wat ik wil bereiken',
			'Agenda (45 minuten)',
			'Ayşe zegt',
			'Mijn vragen',
			'Afspraken die ik wil voorstellen',
			'Evaluatie',
			'Notities'
		]);
		// The agenda's items: a numbered list, each item its number and its text with the minutes.
		const items = tree.kids[tree.kids.findIndex((e) => textOf(e) === 'Agenda (45 minuten)') + 1]!;
		expect(items.role).toBe('L');
		expect(items.kids.map((li) => li.kids.map((k) => k.role))).toEqual(Array(5).fill(['Lbl', 'LBody']));
		expect(items.kids.map((li) => textOf(li.kids[0]!))).toEqual(['1.', '2.', '3.', '4.', '5.']);
		expect(textOf(items.kids[1]!.kids[1]!)).toBe('Lezen gaat veel te langzaam 15 min');
		// A bullet list: the bullet is the label.
		const questions = of(tree, 'L')[2]!;
		expect(questions.kids.map((li) => li.kids.map(textOf))).toEqual([
			['•', 'Is er onderzoek naar dyslexie nodig?'],
			['•', 'Hoe vaak krijgen we te horen hoe het gaat?']
		]);
		// A paragraph's lines keep the space between their words (the line break is drawn as a space).
		expect(of(tree, 'P').map(textOf)).toContain(
			'Aan mijn kant: ikzelf · mijn partner: Mehmet Yılmaz · een ervaren ouder of maatje: Şükran Doğan (ervaren ouder van de oudervereniging)'
		);
		// A question and its answer are one paragraph.
		expect(of(tree, 'P').map(textOf)).toContain(
			'Wat helpt jou? Als juf zegt wat ik moet lezen, zodat ik het thuis kan oefenen.'
		);
		expect(textOf(tree)).not.toContain('Gemaakt met Gesprekswijzer');
	});

	it('prints the answers of a short preparation in full, in the parent’s order', async () => {
		const prep = example('ayse');
		const text = flat(pdfText((await makeAgenda(prep, fonts)).bytes));
		expect(text).toContain(
			'Wat zou je willen? Wat is jouw wens? Dat ik niet meer hoef voor te lezen in de kring.'
		);
		expect(text.indexOf('Lezen gaat veel te langzaam')).toBeLessThan(
			text.indexOf('Ze wil niet meer naar school')
		);
		expect(text).toContain('donderdag 3 december 2026 · 15:15 uur · 45 minuten · OBS De Regenboog');
		expect(text).toContain('9 jaar, groep 6');
		expect(text).not.toContain('Huiswerk kost thuis te veel tijd');
	});

	it('keeps the parent’s own notes off the agenda: they are on the parent’s own page', async () => {
		const prep = example('ayse');
		const agenda = flat(pdfText((await makeAgenda(prep, fonts)).bytes));
		const own = await makeOwnPage(prep, fonts);
		const text = flat(pdfText(own.bytes));
		for (const answer of [
			'Lezen kost veel moeite. Ze raakt snel in paniek als ze hardop moet lezen.',
			"Juf Łucja neemt 's ochtends even de tijd om haar te begroeten.",
			'Misschien denkt de school dat het vanzelf beter wordt.'
		]) {
			expect(text).toContain(answer);
			expect(agenda).not.toContain(answer);
		}
		expect(text).toContain('Alleen voor mij. Deze bladzijde is niet voor de school.');
		// What to bring to a zorggesprek, and no notes box: the parent writes notes on the agenda.
		expect(text).toContain('Wat neemt u mee? • Voorbeelden van schoolwerk of huiswerk');
		expect(text).not.toContain('Notities');
		expect(own.shortened).toBe(false);
		expect(text).toContain('Ik hoef aan tafel niets te tekenen.');
		// The parent's own words on keeping calm, once, with the reminders they did not write themselves.
		expect(text.split('Ik mag om een pauze vragen.')).toHaveLength(2);
		expect(text.indexOf('Rustig blijven')).toBeLessThan(text.indexOf('Ik mag om een pauze vragen.'));
		expect(text.indexOf('Zo begin ik')).toBeLessThan(text.indexOf('Wat gaat goed'));
		expect(pageCount(own.bytes)).toBe(1);
		expect(uninkedWords(own.bytes)).toEqual([]);
		expect(inkOutside(own.bytes, MARGIN)).toBe(0);
		expect(own.fileName).toBe('ayse-voor-mezelf-2026-12-03.pdf');
	});

	it('never guesses whether the child is a boy or a girl, and writes people in a list in lower case', async () => {
		const ayse = flat(pdfText((await makeAgenda(example('ayse'), fonts)).bytes));
		expect(ayse).toContain('Ayşe is er niet bij en geeft een eigen mening op papier mee.');
		expect(ayse).toContain(
			'Aan mijn kant: ikzelf · mijn partner: Mehmet Yılmaz · een ervaren ouder of maatje: Şükran Doğan (ervaren ouder van de oudervereniging)'
		);
		expect(ayse).toContain(
			'Van school: leerkracht: Łucja Kowalczyk · intern begeleider (IB): Nguyễn Thị Minh'
		);
		const daan = example('daan');
		daan.answers.people.childAttends = 'paper';
		daan.language = 'en';
		const text = flat(pdfText((await makeAgenda(daan, fonts)).bytes));
		expect(text).toContain('Daan does not attend and gives their own views on paper.');
		for (const agenda of [ayse, text])
			expect(agenda).not.toMatch(/\b(zijn|haar|his|her) (mening|eigen|views)/);
	});

	it('gives minutes that add up to the meeting’s length', async () => {
		const prep = example('ayse');
		const text = pdfText((await makeAgenda(prep, fonts)).bytes);
		const minutes = [...text.matchAll(/(\d+) min\b/g)].map((m) => Number(m[1]));
		expect(minutes.reduce((a, b) => a + b, 0)).toBe(prep.meeting.durationMinutes);
	});

	it('prints the names of Dutch classrooms exactly, every glyph inked', async () => {
		const made = await makeAgenda(everyScript(), fonts);
		const text = flat(pdfText(made.bytes));
		for (const name of NAMES) expect(text).toContain(name);
		expect(uninkedWords(made.bytes)).toEqual([]);
	});

	it.each([
		['agenda', makeAgenda],
		['own page', makeOwnPage]
	] as const)(
		'(%s) stays one page for empty, huge and crowded preparations, never below 8 pt and never past the margins',
		async (_, make) => {
			for (const prep of [
				emptyPreparation(),
				filledPreparation('woord '.repeat(1700)),
				filledPreparation('x'.repeat(200) + ' ', 50)
			]) {
				preparationSchema.parse(prep);
				const made = await make(prep, fonts);
				expect(pageCount(made.bytes)).toBe(1);
				expect(made.fontSize).toBeGreaterThanOrEqual(8);
				expect(inkOutside(made.bytes, MARGIN)).toBe(0);
				expect(uninkedWords(made.bytes)).toEqual([]);
			}
		}
	);

	it('marks shortened text visibly and says so', async () => {
		const made = await makeAgenda(filledPreparation('lang antwoord '.repeat(700)), fonts);
		expect(made.shortened).toBe(true);
		expect(pdfText(made.bytes)).toContain('(meer in de app)');
	});

	it('replaces Chinese and emoji visibly and names the fields, instead of crashing or dropping them', async () => {
		const prep = example('ayse');
		prep.answers.childVoice.wish = 'Een hond 🐶 en een feest 🎉';
		prep.answers.purpose.why = 'Lezen in het Chinees: 你好';
		const made = await makeAgenda(prep, fonts);
		expect(made.replacedIn.sort()).toEqual(
			['Waarom is er dit gesprek?', 'Wat zou je willen? Wat is jouw wens?'].sort()
		);
		const text = pdfText(made.bytes);
		expect(text).toContain(`Een hond ${REPLACEMENT} en een feest ${REPLACEMENT}`);
		expect(text).toContain(`Lezen in het Chinees: ${REPLACEMENT}`);
		expect(uninkedWords(made.bytes)).toEqual([]);
	});

	it('follows the preparation’s language, dates included', async () => {
		const prep = { ...example('daan'), language: 'en' as const };
		const text = flat(pdfText((await makeAgenda(prep, fonts)).bytes));
		expect(text).toContain('Agenda – OPP meeting about Daan');
		expect(text).toContain('Wednesday 10 February 2027');
		expect(text).toContain('Notes');
	});

	it('has a title and a language and no other personal data in its metadata', async () => {
		const made = await makeAgenda(example('ayse'), fonts);
		const doc = await PDFDocument.load(made.bytes, { updateMetadata: false });
		expect(doc.getTitle()).toBe('Agenda – zorggesprek over Ayşe');
		expect(doc.getAuthor()).toBeUndefined();
		expect(doc.getSubject()).toBeUndefined();
		expect(doc.getKeywords()).toBeUndefined();
		expect(made.fileName).toBe('ayse-agenda-2026-12-03.pdf');
		// The XMP metadata (PDF/UA) says no more: the format, the title, the language, the tool, the part.
		const xmp = (doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).getContents();
		const values = [
			...Buffer.from(xmp)
				.toString('utf8')
				.matchAll(/>([^<>]*)</g)
		].map((v) => v[1]!.trim());
		expect(values.filter(Boolean)).toEqual([
			'application/pdf',
			'Agenda – zorggesprek over Ayşe',
			'nl-NL',
			'Gesprekswijzer',
			'Gesprekswijzer',
			'1'
		]);
	});

	it.each(exampleFiles.map((f) => f.name.replace('.json', '')))(
		'and the sheet of %s stay under 60 KB each, tagged',
		async (name) => {
			const prep = example(name);
			expect((await makeAgenda(prep, fonts)).bytes.length).toBeLessThan(60_000);
			expect((await makeAgenda({ ...prep, secondLanguage: 'uk' }, fonts)).bytes.length).toBeLessThan(60_000);
			expect((await makeSheet(prep, fonts)).bytes.length).toBeLessThan(60_000);
		}
	);

	it(
		'never throws and stays one page for random preparations, in Dutch, Arabic or Turkish, bilingual or not',
		async () => {
			// Arabic, Persian and Ethiopic letters among Latin ones, digits, brackets and line breaks.
			const mixed = fc.string({ unit: fc.constantFrom(...'abz ሰላም محمد پژچگ‌ 2023 ()،.\n'), maxLength: 300 });
			const text = fc.oneof(
				fc.string({ maxLength: 400 }),
				fc.string({ unit: 'binary', maxLength: 400 }),
				mixed,
				fc.constantFrom(
					...NAMES,
					...Object.values(SENTENCES),
					'😀👍🏽',
					'<script>alert(1)</script>',
					'x'.repeat(3000)
				)
			);
			await fc.assert(
				fc.asyncProperty(
					fc.record({
						name: text,
						hard: text,
						wish: text,
						lines: fc.array(text, { maxLength: 25 }),
						second: fc.constantFrom('', 'tr', 'ar', 'uk', 'nl'),
						language: fc.constantFrom('nl', 'nl', 'ar', 'tr')
					}),
					async (r) => {
						const prep: Preparation = emptyPreparation();
						prep.language = r.language;
						prep.secondLanguage = r.second === r.language ? '' : r.second;
						prep.child.firstName = r.name.slice(0, 200) || 'Zoë';
						prep.answers.picture.hard = r.hard;
						prep.answers.childVoice.wish = r.wish;
						prep.questions = r.lines.map((t, i) => ({ id: `q${i}`, text: t }));
						prep.concerns = r.lines.map((t, i) => ({ id: `c${i}`, text: t, onAgenda: true, minutes: null }));
						const made = await makeAgenda(prep, fonts);
						const doc = await PDFDocument.load(made.bytes);
						expect(doc.getPageCount()).toBe(1);
						expect(await structureProblems(made.bytes, [footer(prep)])).toEqual([]);
					}
				),
				{ numRuns: RUNS }
			);
		},
		Math.max(300_000, RUNS * 1_000)
	);
});

describe('the ink check', () => {
	it('finds words that are in the text layer but not drawn', async () => {
		const canvas = await createCanvas(fonts, 'nl');
		const page = canvas.addPage();
		const font = canvas.regular;
		page.drawText('zichtbaar', { x: 50, y: 700, size: 12, font });
		page.drawText('onzichtbaar', { x: 50, y: 650, size: 12, font, color: rgb(1, 1, 1) });
		const bytes = await canvas.doc.save();
		expect(pdfText(bytes)).toContain('onzichtbaar');
		expect(uninkedWords(bytes).map((w) => w.text)).toEqual(['onzichtbaar']);
	});
});

describe('the PDF code', () => {
	it('writes a tagged document without waiting for timers, which browsers stretch to 4 ms each', async () => {
		// pdf-lib's default yields to a timer every 50 objects; with timers frozen that would never finish.
		const prep = example('ayse');
		await makeAgenda(prep, fonts);
		vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate'] });
		try {
			const agenda = await makeAgenda(prep, fonts);
			const sheet = await makeSheet(prep, fonts);
			expect(pdfText(agenda.bytes)).toContain('Ayşe');
			expect(pdfText(sheet.bytes)).toContain('Ayşe');
		} finally {
			vi.useRealTimers();
		}
	});

	it('leaves out the standard PDF fonts, which cannot print names like Ayşe (src/lib/pdf/slim)', async () => {
		const doc = await PDFDocument.create();
		await expect(doc.embedFont(StandardFonts.Helvetica)).rejects.toThrow(/standard PDF fonts are left out/);
	});
});

describe('the course handout', () => {
	it.each([
		['nl', 'Zo begint u', 'Scan de QR-code'],
		['en', 'How to start', 'Scan the QR code']
	] as const)(
		'is one inked page whose QR code gives the app’s address (%s)',
		async (language, heading, step) => {
			const address = 'https://gesprekswijzer.example/';
			const made = await makeHandout(language, address, fonts);
			expect(pageCount(made.bytes)).toBe(1);
			const text = flat(pdfText(made.bytes));
			expect(text).toContain(heading);
			expect(text).toContain(step);
			expect(text).toContain(address);
			expect(readQr(renderGray(made.bytes, 100)[0]!)).toBe(address);
			expect(uninkedWords(made.bytes)).toEqual([]);
			expect(inkOutside(made.bytes, MARGIN)).toBe(0);
			expect(await tagProblems(made.bytes, [m.pdf_handout_footer({}, { locale: language })])).toEqual([]);
			const tree = structure(made.bytes);
			expect(tree.kids.map((e) => e.role)).toEqual(['H1', 'P', 'Figure', 'P', 'H2', 'L', 'P']);
			expect(textOf(of(tree, 'L')[0]!)).toMatch(/^1\. \S.* 2\. \S.* 3\. \S/);
			// The QR code is a figure that says where it leads.
			const { root } = await taggedTree(made.bytes);
			const figure = allTagged(root!).find((e) => e.role === 'Figure')!;
			expect(figure.alt).toContain(address);
		},
		30_000
	);
});
