/**
 * Turkish, Polish and Ukrainian on a 320 px phone: the start page, a step and the agenda page in the
 * language's own words (from its message file), axe clean, nothing outside the screen, left to right.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { chooseLanguage, expect, open, storePreparation, test } from './fixtures';
import { layoutProblems } from './layout';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test.use({ viewport: { width: 320, height: 640 } });

for (const [code, name] of [
	['tr', 'Türkçe'],
	['pl', 'Polski'],
	['uk', 'Українська']
] as const) {
	const words: Record<string, string> = JSON.parse(
		readFileSync(new URL(`../messages/${code}.json`, import.meta.url), 'utf8')
	);

	async function expectPage(page: Page, label: string) {
		await expect(page.locator('html')).toHaveAttribute('lang', code);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		expect(await layoutProblems(page), label).toEqual([]);
		await expectNoViolations(page, label);
	}

	test(`in ${name}: the start page, a step and the agenda at 320 px, axe clean`, async ({ page }) => {
		test.setTimeout(90_000);
		await storePreparation(page, example);
		await open(page, '/');
		await chooseLanguage(page, name);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.start_heading!);
		await expect(page.getByRole('link', { name: words.start_new_title, exact: true })).toBeVisible();
		await page.locator('#saved h2').waitFor();
		await expect(page.locator('#saved h2')).toHaveText(words.saved_title!);
		await expectPage(page, `${code} start`);

		await open(page, `/p/${id}/stap/4`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.step_picture_title!);
		await expect(page.getByRole('link', { name: words.back })).toBeVisible();
		await expect(page.locator('main form button[type="submit"]')).toHaveText(words.continue!);
		await expectPage(page, `${code} step 4`);

		await open(page, `/p/${id}/agenda`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.agenda_title!);
		await expect(page.getByRole('heading', { level: 2, name: words.agenda_topics_heading })).toBeVisible();
		await expectPage(page, `${code} agenda`);
	});
}

test('the header holds the app’s name and the language on one line each at 320 px, in every language', async ({
	page
}) => {
	await open(page, '/');
	for (const name of ['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski', 'Українська']) {
		await chooseLanguage(page, name);
		await page.locator('header details').evaluate((menu: HTMLDetailsElement) => (menu.open = false));
		const lines = await page.evaluate(() =>
			['header .brand', 'header summary span[lang]'].map((selector) => {
				const text = document.querySelector(selector)!;
				return Math.round(
					text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight)
				);
			})
		);
		expect(lines, name).toEqual([1, 1]);
	}
});
