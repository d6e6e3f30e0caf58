/** At the table: the agenda large on the phone, the own page one tap away, notes that start "after the meeting". */
import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test.use({ viewport: { width: 390, height: 844 } });

test('the agenda reads large on a phone, the own page is one tap away, and notes typed there open "after the meeting"', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}`);
	await page.getByRole('link', { name: 'Aan tafel', exact: true }).click();
	const sheet = page.locator('article.sheet');
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Agenda – zorggesprek over Ayşe');
	await expect(sheet).toContainText('We weten wat Ayşe nodig heeft bij lezen.');
	await expect(sheet).not.toContainText('Alleen voor mij.');
	const size = await sheet
		.locator('p')
		.first()
		.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
	expect(size).toBeGreaterThanOrEqual(20);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

	const own = page.getByRole('button', { name: 'Voor mezelf' });
	await sheet.getByText('We weten wat Ayşe nodig heeft bij lezen.').scrollIntoViewIfNeeded();
	await expect(own).toBeInViewport();
	await own.click();
	await expect(own).toHaveAttribute('aria-pressed', 'true');
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Voor mezelf – zorggesprek over Ayşe');
	await expect(sheet).toContainText('Alleen voor mij.');
	await page.getByRole('button', { name: 'Agenda' }).click();
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Agenda – zorggesprek over Ayşe');

	const note = 'Juf Marieke belt volgende week over de leesoefening.\nIB kijkt naar een dyslexieonderzoek.';
	await page.getByLabel('Aantekeningen tijdens het gesprek').fill(note);
	await page.reload();
	await expect(page.getByLabel('Aantekeningen tijdens het gesprek')).toHaveValue(note);
	await page.getByRole('link', { name: 'Het gesprek is klaar: naar Na het gesprek' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Na het gesprek');
	await expect(page.getByLabel('Aantekeningen tijdens het gesprek')).toHaveValue(note);
	// The notes are the parent's own: not on the agreement sheet the school gets.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Afsprakenblad downloaden (PDF)' }).click();
	const { execFileSync } = await import('node:child_process');
	const text = execFileSync('pdftotext', [(await (await download).path())!, '-'], { encoding: 'utf8' });
	expect(text).toContain('Ayşe');
	expect(text).not.toContain('dyslexieonderzoek');
});
