import type { Page } from '@playwright/test';
import { chooseLanguage, expect, open, test } from './fixtures';

/** The words files the page asked for, by language ("tr" for words-tr.<hash>.json). */
function wordsRequests(page: Page): string[] {
	const asked: string[] = [];
	page.on('request', (request) => {
		const match = /\/words-([a-z-]+)\.[\w-]+\.json$/.exec(new URL(request.url()).pathname);
		if (match) asked.push(match[1]!);
	});
	return asked;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('a parent chooses Turkish on the start page: every word changes, only the Turkish words load, and the choice stays', async ({
	page
}) => {
	const asked = wordsRequests(page);
	await open(page, '/');
	await expect(heading(page)).toHaveText('Bereid uw gesprek op school goed voor');
	expect(asked, 'Dutch needs no words file').toEqual([]);

	await chooseLanguage(page, 'Türkçe');
	await expect(heading(page)).toHaveText('Okuldaki görüşmenize iyi hazırlanın');
	await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	// The menu closed, and the keyboard is back on it.
	await expect(page.locator('header details')).not.toHaveAttribute('open');
	await expect(page.locator('header summary')).toBeFocused();

	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	await expect(heading(page)).toHaveText('Okuldaki görüşmenize iyi hazırlanın');
	await open(page, '/hulp');
	await expect(heading(page)).toHaveText('Sorularınızla nereye başvurabilirsiniz?');
	// A translation says so once, on the help page.
	await expect(page.getByRole('heading', { name: 'Bu çeviri hakkında' })).toBeVisible();
	expect(new Set(asked)).toEqual(new Set(['tr']));
});

test('in Arabic the page runs right to left; back in Dutch it runs left to right, and the help page has no translation note', async ({
	page
}) => {
	await open(page, '/');
	await chooseLanguage(page, 'العربية');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(heading(page)).toHaveText('حضِّروا جيداً للقائكم في المدرسة');
	await chooseLanguage(page, 'Nederlands');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await open(page, '/hulp');
	await expect(heading(page)).toHaveText('Waar kunt u terecht met vragen?');
	await expect(page.getByRole('heading', { name: 'Over de vertaling' })).toHaveCount(0);
});

// Without the service worker, so that the words' requests can be held back or refused (the service
// worker's own requests pass by page.route).
test.describe('a remembered language, before its words are there', () => {
	test.use({ serviceWorkers: 'block' });

	test('a remembered language shows from the first paint: never Dutch first, and nothing jumps', async ({
		page
	}) => {
		await open(page, '/');
		await chooseLanguage(page, 'العربية');
		// From the next load on, every frame in which the page can be seen: its language, direction and heading.
		await page.addInitScript(() => {
			const seen: string[] = [];
			const state = Object.assign(window, { seen, shifted: 0 });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) state.shifted += (entry as unknown as { value: number }).value;
			}).observe({ type: 'layout-shift', buffered: true });
			const look = () => {
				if (document.body && getComputedStyle(document.body).visibility === 'visible') {
					const { lang, dir } = document.documentElement;
					seen.push(`${lang} ${dir} ${document.querySelector('h1')?.textContent ?? ''}`);
				}
				requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		// Words that come late, as on a slow line: the page must not show before them.
		await page.route(/\/words-ar\.[\w-]+\.json$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 600));
			await route.continue();
		});
		await page.reload();
		await expect(heading(page)).toHaveText('حضِّروا جيداً للقائكم في المدرسة');
		await expect(page.locator('html')).not.toHaveAttribute('data-words');
		const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.filter((frame) => frame !== 'ar rtl حضِّروا جيداً للقائكم في المدرسة')).toEqual([]);
		const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
		expect(shifted).toBeLessThan(0.01);
	});

	test('a page waiting for its language shows at once in Dutch when the words cannot load, or the choice is unknown', async ({
		page
	}) => {
		await open(page, '/');
		for (const [saved, words] of [
			['ar', 'abort'],
			['de', 'none']
		] as const) {
			await page.evaluate((saved) => localStorage.setItem('gesprekswijzer:lang', saved), saved);
			await page.unrouteAll();
			if (words === 'abort') await page.route(/\/words-ar\.[\w-]+\.json$/, (route) => route.abort());
			await page.reload();
			// Well before the 3 s after which the style shows the page anyway.
			await expect(heading(page)).toBeVisible({ timeout: 1500 });
			await expect(heading(page)).toHaveText('Bereid uw gesprek op school goed voor');
			await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
			await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
		}
	});
});

test('the menu works with the keyboard alone, and Escape closes it', async ({ page }) => {
	await open(page, '/');
	await page.locator('header summary').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('header details')).toHaveAttribute('open');
	await page.keyboard.press('Escape');
	await expect(page.locator('header details')).not.toHaveAttribute('open');
	await expect(page.locator('header summary')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator('header button[lang="en"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(heading(page)).toHaveText('Prepare for your meeting at school');
});

test('a language chosen online stays after going offline; one never loaded says it cannot load, and Dutch stays', async ({
	page,
	context
}) => {
	await open(page, '/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await chooseLanguage(page, 'Polski');
	await context.setOffline(true);
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	await expect(heading(page)).toHaveText('Dobre przygotowanie do rozmowy w szkole');

	await chooseLanguage(page, 'Nederlands');
	await page.locator('header summary').click();
	await page.locator('header').getByRole('button', { name: 'Українська' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Deze taal kan nu niet laden. Probeer het opnieuw als u internet heeft.'
	);
	await expect(heading(page)).toHaveText('Bereid uw gesprek op school goed voor');
});
