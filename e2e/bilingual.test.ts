/**
 * A parent who uses the app in Turkish: the agenda the school reads is Dutch with Turkish beside each heading
 * and fixed text, the parent's own page is Turkish, and the view at the table shows what the PDF shows.
 * The words come from the message files, so a better translation does not break the test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, open, test } from './fixtures';

const words = (language: string): Record<string, string> =>
	JSON.parse(readFileSync(new URL(`../messages/${language}.json`, import.meta.url), 'utf8'));
const nl = words('nl');
const tr = words('tr');
/** An answer typed in Turkish, with a word no document has by itself. */
const ANSWER = 'Elif okumakta zorlanıyor zqtürk';

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
	const file = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const done = await file;
	const text = execFileSync('pdftotext', [(await done.path())!, '-'], { encoding: 'utf8' });
	return { name: done.suggestedFilename(), text: text.replace(/\s+/g, ' ') };
}

test('a parent using the app in Turkish gets a Dutch agenda with Turkish beside it, and the own page in Turkish', async ({
	page
}) => {
	await open(page, '/');
	await chooseLanguage(page, 'Türkçe');
	await page.getByRole('link', { name: tr.start_new_title }).click();
	await page.getByLabel(tr.start_child_name_label).fill('Elif');
	await page.getByLabel(tr.meeting_type_tienminuten).check();
	await page.getByLabel(tr.date_day, { exact: true }).fill('12');
	await page.getByLabel(tr.date_month, { exact: true }).fill('3');
	await page.getByLabel(tr.date_year, { exact: true }).fill('2027');
	await page.getByRole('button', { name: tr.start_submit }).click();
	await expect(page.getByRole('heading', { level: 1, name: tr.overview_title })).toBeVisible();
	const id = new URL(page.url()).pathname.split('/')[2]!;

	// Chosen for the parent: papers in Dutch, for the school, and Turkish beside them on the agenda.
	await open(page, `/p/${id}/gegevens`);
	await expect(page.getByLabel(tr.details_document_language_label)).toHaveValue('nl');
	const both = page.getByLabel(tr.details_second_language_label!.replace('{language}', 'Türkçe'));
	await expect(both).toBeChecked();
	await open(page, `/p/${id}/stap/1`);
	await page.locator('#purpose-why').fill(ANSWER);

	await open(page, `/p/${id}`);
	const agenda = await download(page, tr.documents_agenda!);
	expect(agenda.name).toBe('elif-agenda-2027-03-12.pdf');
	for (const key of ['step_people_title', 'pdf_outcomes', 'pdf_notes']) {
		expect(agenda.text).toContain(nl[key]);
		expect(agenda.text).toContain(tr[key]);
	}
	expect(agenda.text.split(ANSWER)).toHaveLength(2);

	const own = await download(page, tr.documents_own!);
	expect(own.text).toContain(tr.pdf_own_private);
	expect(own.text).not.toContain(nl.pdf_own_private);

	// At the table the same agenda: each heading with its Turkish, marked as Turkish.
	await open(page, `/p/${id}/aan-tafel`);
	const people = page.locator('article.sheet h2', { hasText: nl.step_people_title! });
	await expect(people.locator('[lang="tr"]')).toHaveText(tr.step_people_title!);
	await expect(page.locator('article.sheet')).toHaveAttribute('lang', 'nl');

	// Without the second language the agenda is Dutch alone.
	await open(page, `/p/${id}/gegevens`);
	await page.getByLabel(tr.details_second_language_label!.replace('{language}', 'Türkçe')).uncheck();
	await open(page, `/p/${id}`);
	const dutch = await download(page, tr.documents_agenda!);
	expect(dutch.text).toContain(nl.step_people_title);
	expect(dutch.text).not.toContain(tr.step_people_title);
});
