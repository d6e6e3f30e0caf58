/**
 * Every answer reaches the paper it belongs on, and no other: each question of the registry gets a marker
 * word of its own, the three documents are made and read back with poppler, and each marker must be on
 * exactly the documents the registry names. The list comes from the registry, so a new question is covered
 * without touching this test.
 */
import { describe, expect, it } from 'vitest';
import type { Paper, RecordsField } from '$lib/questions/question';
import { QUESTIONS } from '$lib/questions/registry';
import { emptyPreparation } from '$lib/test/extremes';
import { makeAgenda } from './agenda';
import { nodeFonts } from './fonts-node';
import { makeOwnPage } from './own';
import { pageCount, pdfText } from '$lib/test/read-back';
import { makeSheet } from './sheet';

const fonts = nodeFonts();

/** "zqaa", "zqab", …: words no document contains by itself. */
const marker = (n: number) => `zq${String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))}`;

function markedPreparation() {
	const prep = emptyPreparation();
	const expected = new Map<string, { where: string; paper: readonly Paper[] }>();
	let n = 0;
	const next = (where: string, paper: readonly Paper[]) => {
		const word = marker(n++);
		expected.set(word, { where, paper });
		return word;
	};
	for (const question of QUESTIONS) {
		switch (question.kind) {
			case 'text':
			case 'textarea':
				question.set(prep, next(question.name, question.paper));
				break;
			case 'lines':
				question.get(prep).push({ id: `line-${n}`, text: next(question.name, question.paper) });
				break;
			case 'records': {
				const records = question as RecordsField;
				records.add(prep);
				const record = records.list(prep).at(-1)!;
				for (const sub of records.fields) {
					if (sub.kind === 'text' || sub.kind === 'textarea')
						sub.set(record, next(`${question.name}.${sub.name}`, sub.paper ?? question.paper));
				}
				break;
			}
		}
	}
	// A topic left off the agenda goes on the parent's own page instead.
	const off = next('concerns, not on the agenda', ['own']);
	prep.concerns.push({ id: 'off', text: off, onAgenda: false, minutes: null });
	return { prep, expected };
}

describe('the documents before and after the meeting', () => {
	it('carry every answer to the paper the registry names, and to no other', async () => {
		const { prep, expected } = markedPreparation();
		expect(expected.size).toBeGreaterThan(40);
		const documents = {
			agenda: await makeAgenda(prep, fonts),
			own: await makeOwnPage(prep, fonts),
			sheet: await makeSheet(prep, fonts)
		};
		expect(pageCount(documents.agenda.bytes)).toBe(1);
		expect(pageCount(documents.own.bytes)).toBe(1);
		const texts = Object.fromEntries(
			Object.entries(documents).map(([paper, made]) => [paper, pdfText(made.bytes)])
		) as Record<Paper, string>;
		const found = [...expected].map(([word, { where }]) => ({
			where,
			paper: (Object.keys(texts) as Paper[]).filter((paper) => texts[paper].includes(word))
		}));
		expect(found).toEqual([...expected.values()].map(({ where, paper }) => ({ where, paper: [...paper] })));
	});
});
