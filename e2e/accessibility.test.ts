import { readFileSync } from 'node:fs';
import { expectNoViolations } from './axe';
import { expect, open, storePreparation, test } from './fixtures';
import { everyPage, INFO_PAGES } from './pages';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

for (const language of ['nl', 'en'] as const) {
	test(`axe finds no WCAG 2.2 AA violation on any page (${language})`, async ({ page }) => {
		test.setTimeout(240_000);
		await storePreparation(page, example);
		if (language === 'en') await page.evaluate(() => localStorage.setItem('gesprekswijzer:lang', 'en'));
		const pages = [...everyPage(id), '/p/does-not-exist'];
		for (const path of pages) {
			await open(page, path);
			await expect(page.locator('html')).toHaveAttribute('lang', language);
			await expectNoViolations(page, path);
		}
	});
}

test('the error states pass axe too', async ({ page }) => {
	await storePreparation(page, example);
	await open(page, '/nieuw');
	await page.getByRole('button', { name: 'Begin met voorbereiden' }).click();
	await expect(page.getByRole('alert')).toBeFocused();
	await expectNoViolations(page, 'start form with errors');
	await open(page, `/p/${id}/stap/10`);
	await page.getByLabel('Dag', { exact: true }).fill('31');
	await page.getByLabel('Maand', { exact: true }).fill('4');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('button', { name: 'Doorgaan' }).click();
	await expect(page.getByRole('alert')).toBeFocused();
	await expectNoViolations(page, 'step with a date error');
});

test('every page works at 320 px wide without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await storePreparation(page, example);
	for (const path of [
		'/',
		`/p/${id}`,
		`/p/${id}/stap/2`,
		`/p/${id}/stap/9`,
		`/p/${id}/agenda`,
		`/p/${id}/controleren`,
		`/p/${id}/na-het-gesprek`,
		'/tijdlijn',
		...INFO_PAGES
	]) {
		await open(page, path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('an address the app does not have gets its own page in the parent’s language, axe clean and without a console error', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await open(page, '/p/voorbeeld/stap/11');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	await expect(page).toHaveTitle(/^Deze pagina bestaat niet/);
	await page.getByRole('link', { name: 'Terug naar het begin' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bereid uw gesprek op school goed voor');
	await open(page, '/bestaat-niet');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	await expectNoViolations(page, 'not found');
	expect(errors).toEqual([]);
});

test('each meeting type says in one plain line what it is, read with its choice', async ({ page }) => {
	await open(page, '/nieuw');
	await expect(
		page.getByLabel('Bespreking van het OPP (ontwikkelingsperspectiefplan)')
	).toHaveAccessibleDescription(
		'Het OPP is het plan voor de ontwikkeling van uw kind. U bespreekt het met de school.'
	);
	await expect(page.getByLabel('MDO: overleg met meer deskundigen')).toHaveAccessibleDescription(
		/andere deskundigen, bijvoorbeeld van het samenwerkingsverband/
	);
	await expectNoViolations(page, '/nieuw with hints');
});
