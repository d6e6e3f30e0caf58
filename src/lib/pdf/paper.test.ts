/**
 * Every answer reaches the paper it belongs on, and no other: each question of the registry gets a marker
 * word of its own, the three documents are made and read back with poppler, and each marker must be on
 * exactly the documents the registry names. The list comes from the registry, so a new question is covered
 * without touching this test.
 */
import { describe, expect, it } from 'vitest';
import type { Paper } from '$lib/questions/question';
import { markedPreparation } from '$lib/test/marked';
import { makeAgenda } from './agenda';
import { nodeFonts } from './fonts-node';
import { makeOwnPage } from './own';
import { pageCount, pdfText } from '$lib/test/read-back';
import { makeSheet } from './sheet';

const fonts = nodeFonts();

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
