/**
 * The app in Arabic on a 320 px phone: a whole preparation from the start page to after the meeting, each
 * page right to left, in Arabic, axe clean and without anything outside the screen; the parent's Latin and
 * Arabic words in their own order. Each page is also kept as a screenshot (in test-results/) to look at.
 */
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expectNoViolations } from './axe';
import { chooseLanguage, expect, open, test } from './fixtures';
import { layoutProblems } from './layout';

const ar: Record<string, string> = JSON.parse(
	readFileSync(new URL('../messages/ar.json', import.meta.url), 'utf8')
);
/** The step titles in their order, keys as in messages/. */
const STEPS = [
	'purpose',
	'people',
	'goes_well',
	'picture',
	'home_school',
	'child_voice',
	'expectations',
	'feasibility',
	'agreements',
	'evaluation'
].map((key) => ar[`step_${key}_title`]!);

test.use({ viewport: { width: 320, height: 640 } });

/** Right to left, in Arabic, nothing outside the screen, axe clean; a screenshot first, as the parent sees it. */
async function expectArabicPage(page: Page, testInfo: TestInfo, name: string) {
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true, scale: 'css' });
	expect(await layoutProblems(page), name).toEqual([]);
	await expectNoViolations(page, name);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('a whole preparation in Arabic at 320 px: mirrored, in Arabic, axe clean, nothing off the screen', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	await open(page, '/');
	await chooseLanguage(page, 'العربية');
	await expect(heading(page)).toHaveText(ar.start_heading!);
	// Mirrored: the panel's bar is on the right, where Arabic lines start.
	const bar = await page.locator('main .panel').evaluate((panel) => getComputedStyle(panel).borderRightWidth);
	expect(bar).toBe('6px');
	await expectArabicPage(page, testInfo, '01-start');

	await page.getByRole('link', { name: ar.start_new_title }).click();
	await expect(heading(page)).toHaveText(ar.start_new_title!);
	await page.getByLabel(ar.start_child_name_label!).fill('محمد');
	await page.getByLabel(ar.meeting_type_zorg!).check();
	await page.getByLabel(ar.date_day!, { exact: true }).fill('3');
	await page.getByLabel(ar.date_month!, { exact: true }).fill('12');
	await page.getByLabel(ar.date_year!, { exact: true }).fill('2026');
	// An Arabic name reads right to left in its box, as the page does.
	await expect(page.getByLabel(ar.start_child_name_label!)).toHaveJSProperty('dir', 'auto');
	await expectArabicPage(page, testInfo, '02-new');
	await page.getByRole('button', { name: ar.start_submit }).click();
	await expect(heading(page)).toHaveText(ar.overview_title!);
	await expect(page.locator('main .context')).toContainText('محمد');
	await expectArabicPage(page, testInfo, '03-overview');

	await page.getByRole('link', { name: `1. ${STEPS[0]}` }).click();
	for (const [i, title] of STEPS.entries()) {
		await expect(heading(page)).toHaveText(title);
		await expect(page.locator('main form button[type="submit"]')).toHaveText(ar.continue!);
		if (i === 0) {
			// "Back" on the right and the overview on the left: the way back points to where lines start.
			const back = (await page.getByRole('link', { name: ar.back }).boundingBox())!;
			const overview = (await page.getByRole('link', { name: ar.overview_link }).boundingBox())!;
			expect(back.x).toBeGreaterThan(overview.x);
			await page.getByLabel(ar.field_purpose_why_label!).fill('محمد يقرأ ببطء منذ groep 5 (2025).');
		}
		if (i === 1) {
			await page.locator('#people-school-add').click();
			await page.locator('#people-school input[id$="-name"]').fill('Łucja Kowalczyk');
		}
		await expectArabicPage(page, testInfo, `04-step-${i + 1}`);
		if (i === 5) {
			// The child's own page is printed to fill in together: its print style, right to left.
			await page.emulateMedia({ media: 'print' });
			await page.screenshot({
				path: testInfo.outputPath('04-step-6-printed.png'),
				fullPage: true,
				scale: 'css'
			});
			expect(await layoutProblems(page), 'step 6 printed').toEqual([]);
			await page.emulateMedia({ media: 'screen' });
		}
		await page.locator('main form button[type="submit"]').click();
	}

	await expect(heading(page)).toHaveText(ar.agenda_title!);
	await page.locator('#concern-add').click();
	await page.locator('ol.topics textarea, ol.topics input').first().fill('القراءة في groep 5 (AVI E4)');
	await expectArabicPage(page, testInfo, '05-agenda');
	await page.locator('main form button[type="submit"]').click();

	await expect(heading(page)).toHaveText(ar.check_title!);
	const answers = page.locator('main');
	await expect(answers).toContainText('محمد يقرأ ببطء منذ groep 5 (2025).');
	// The parent's words are isolated in the Arabic sentence around them, so that they keep their order.
	await expect(answers).toContainText('\u2068Łucja Kowalczyk\u2069');
	await expect(answers).toContainText('\u2068القراءة في groep 5 (AVI E4)\u2069');
	await expectArabicPage(page, testInfo, '06-check');

	const id = new URL(page.url()).pathname.split('/')[2]!;
	await open(page, `/p/${id}/agenda/print`);
	// The papers are in Dutch for the school, left to right, with the Arabic beside each heading, right to left.
	await expect(page.locator('article.sheet')).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('article.sheet h2 .also[lang="ar"][dir="rtl"]').first()).toBeVisible();
	await expectArabicPage(page, testInfo, '07-agenda-view');
	await page.emulateMedia({ media: 'print' });
	await page.screenshot({ path: testInfo.outputPath('08-agenda-printed.png'), fullPage: true, scale: 'css' });
	expect(await layoutProblems(page), 'printed agenda').toEqual([]);
	await page.emulateMedia({ media: 'screen' });

	await open(page, `/p/${id}/aan-tafel`);
	await expect(page.getByRole('button', { name: ar.table_own })).toBeVisible();
	await expectArabicPage(page, testInfo, '09-at-the-table');

	await open(page, `/p/${id}`);
	await page.getByRole('link', { name: ar.after_title }).click();
	await expect(heading(page)).toHaveText(ar.after_title!);
	await expectArabicPage(page, testInfo, '10-after');

	await open(page, '/');
	await expect(page.getByRole('link', { name: /محمد/ }).first()).toContainText(
		ar.start_continue_with!.split(' ')[0]!
	);
	await page.locator('#saved h2').waitFor();
	await expectArabicPage(page, testInfo, '11-start-returning');
});
