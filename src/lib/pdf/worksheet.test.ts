import { describe, expect, it } from 'vitest';
import { meetingTypeLabel, roleLabel } from '$lib/i18n/labels';
import { MEETING_TYPES } from '$lib/model/constants';
import { m } from '$lib/messages';
import { meetingType } from '$lib/questions/details';
import type { Field } from '$lib/questions/question';
import { questions } from '$lib/questions/registry';
import { STEPS } from '$lib/steps/steps';
import { createCanvas, drawWritingLines, MARGIN } from './document';
import { nodeFonts } from './fonts-node';
import {
	horizontalLines,
	inkOutside,
	pageCount,
	pdfText,
	renderGray,
	elements,
	structure,
	textOf,
	uninkedWords
} from '$lib/test/read-back';
import { tagProblems } from '$lib/test/read-tags';
import { makeWorksheet } from './worksheet';

const fonts = nodeFonts();
const flat = (text: string) => text.replace(/\s+/g, ' ');
const DPI = 100;
const languages = ['nl', 'en'] as const;

/** Every label and option a field shows on screen, its records' questions included. */
function fieldTexts(field: Field, o: { locale: 'nl' | 'en' }): string[] {
	const own = [field.label({}, o)];
	if (field.kind === 'choice') return [...own, ...field.options.map((option) => option.label({}, o))];
	if (field.kind !== 'records') return own;
	return [
		...own,
		...field.fields.flatMap((sub) => [
			sub.label({}, o),
			...(sub.kind === 'choice' ? sub.options.map((option) => option.label({}, o)) : [])
		])
	];
}

describe('the blank worksheet', () => {
	it.each(languages)('draws every writing line each area reserves, and no other (%s)', async (language) => {
		const made = await makeWorksheet(language, fonts);
		const pages = renderGray(made.bytes, DPI);
		expect(made.areas.length).toBeGreaterThan(50);
		const inside = (y: number, area: (typeof made.areas)[number]) => y >= area.bottom - 2 && y <= area.top;
		pages.forEach((gray, i) => {
			const seen = horizontalLines(gray, DPI);
			const areas = made.areas.filter((area) => area.page === i + 1);
			for (const area of areas) {
				const drawn = seen.filter((y) => inside(y, area)).length;
				expect(drawn, `${area.label} on page ${area.page}`).toBe(area.lines);
			}
			expect(seen.filter((y) => !areas.some((area) => inside(y, area)))).toEqual([]);
		});
	});

	it('gives a one-line field exactly one line, and longer answers and lists more', async () => {
		const { areas } = await makeWorksheet('nl', fonts);
		const lines = (label: string) => areas.filter((area) => area.label === label).map((area) => area.lines);
		for (const label of [
			m.start_child_name_label({}, { locale: 'nl' }),
			m.start_meeting_date_label({}, { locale: 'nl' }),
			m.details_time_label({}, { locale: 'nl' })
		]) {
			expect(lines(label)).toEqual([1]);
		}
		expect(lines(m.field_people_name_label({}, { locale: 'nl' }))).toEqual([1, 1, 1, 1, 1]);
		expect(lines(m.field_purpose_why_label({}, { locale: 'nl' }))).toEqual([3]);
		expect(lines(m.field_purpose_outcomes_label({}, { locale: 'nl' }))[0]).toBeGreaterThanOrEqual(3);
		expect(lines(m.agenda_topic_text_label({}, { locale: 'nl' }))[0]).toBeGreaterThanOrEqual(3);
		expect(lines(m.field_questions_label({}, { locale: 'nl' }))[0]).toBeGreaterThanOrEqual(3);
	});

	it.each(languages)('asks everything the app asks, in the app’s order (%s)', async (language) => {
		const o = { locale: language } as const;
		const made = await makeWorksheet(language, fonts);
		const text = flat(pdfText(made.bytes, 'raw'));
		const start = [m.start_child_name_label({}, o), m.start_meeting_type_label({}, o)];
		const types = MEETING_TYPES.map((type) => meetingTypeLabel[type]({}, o));
		const details = [
			m.start_meeting_date_label,
			m.details_child_age_label,
			m.details_child_school_label,
			m.details_time_label,
			m.details_duration_label,
			m.details_place_label,
			m.details_note_label
		].map((label) => label({}, o));
		const steps = STEPS.map((step) => [
			m.step_caption({ n: step.number, total: STEPS.length }, o),
			step.title({}, o),
			...step.fields.filter((field) => field !== meetingType).flatMap((f) => fieldTexts(f, o))
		]);
		const agenda = [
			m.agenda_title({}, o),
			m.agenda_topic_text_label({}, o),
			m.agenda_topic_minutes_label({}, o),
			m.agenda_plan_total({}, o),
			questions.label({}, o)
		];
		for (const label of [...start, ...types, ...details, ...steps.flat(), ...agenda]) {
			expect(text).toContain(label);
		}
		for (const role of Object.values(roleLabel)) expect(text).toContain(role({}, o));

		// Headings and field labels follow each other as in the app (options repeat, so they are left out).
		const order = [...start, ...details, ...steps.map((s) => s.slice(0, 3)).flat(), ...agenda];
		let at = -1;
		for (const label of order) {
			const found = text.indexOf(label, at + 1);
			expect(found, label).toBeGreaterThan(at);
			at = found;
		}
	});

	it.each(languages)('is a few calm pages, every word inked, within the margins (%s)', async (language) => {
		const made = await makeWorksheet(language, fonts);
		const pages = pageCount(made.bytes);
		expect(pages).toBeGreaterThanOrEqual(8);
		expect(pages).toBeLessThanOrEqual(11);
		expect(flat(pdfText(made.bytes))).toContain(language === 'nl' ? 'bladzijde 1 van' : 'page 1 of');
		expect(uninkedWords(made.bytes)).toEqual([]);
		expect(inkOutside(made.bytes, MARGIN)).toBe(0);
		// The last page is more than a leftover: something below its first third.
		const last = made.areas.filter((area) => area.page === pages).map((area) => area.bottom);
		expect(Math.min(...last)).toBeLessThan((841.89 * 2) / 3);
	});

	it.each(languages)(
		'is tagged: headings by level, questions as paragraphs, options as lists, footers as artifacts (%s)',
		async (language) => {
			const o = { locale: language } as const;
			const made = await makeWorksheet(language, fonts);
			const pages = pageCount(made.bytes);
			const footers = Array.from({ length: pages }, (_, i) =>
				m.pdf_worksheet_footer({ page: i + 1, pages }, o)
			);
			expect(await tagProblems(made.bytes, footers)).toEqual([]);
			const tree = structure(made.bytes);
			const all = elements(tree);
			expect(tree.kids[0]!.role).toBe('H1');
			expect(all.filter((e) => e.role === 'H1')).toHaveLength(1);
			const sections = all.filter((e) => e.role === 'H2').map(textOf);
			expect(sections).toEqual([
				m.details_title({}, o),
				...STEPS.map((step) => step.title({}, o)),
				m.agenda_title({}, o)
			]);
			// A list of records (H3) holds its records (H4), which never come before a list.
			const levels = all.filter((e) => /^H\d$/.test(e.role)).map((e) => Number(e.role[1]));
			levels.forEach((level, i) =>
				expect(level, `heading ${i}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1)
			);
			expect(levels).toContain(4);
			// The meeting types to tick: a list whose items are the options.
			const types = all.find(
				(e) => e.role === 'L' && textOf(e) === MEETING_TYPES.map((t) => meetingTypeLabel[t]({}, o)).join(' ')
			);
			expect(types!.kids.map((li) => li.kids.map((k) => k.role))).toEqual(
				Array(MEETING_TYPES.length).fill(['LBody'])
			);
			// Numbered lines to write on: a list of their numbers.
			expect(all.some((e) => e.role === 'L' && textOf(e) === '1. 2. 3. 4.')).toBe(true);
		},
		30_000
	);
});

describe('writing lines', () => {
	it('are drawn exactly as many as asked, at any height', async () => {
		const canvas = await createCanvas(fonts, 'nl');
		const counts = [0, 1, 2, 3, 5, 8];
		let top = 780.3;
		const page = canvas.addPage();
		for (const count of counts) {
			drawWritingLines(canvas, page, 60, 500, top, count, 20.1);
			top -= count * 20.1 + 30;
		}
		const seen = horizontalLines(renderGray(await canvas.save(), DPI)[0]!, DPI);
		expect(seen.length).toBe(counts.reduce((a, b) => a + b, 0));
	});
});
