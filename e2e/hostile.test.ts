import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pageCount, pdfText, uninkedWords } from '../src/lib/test/read-back';
import { expect, open, storePreparation, test, chooseLanguage } from './fixtures';

const filesDir = new URL('./hostile-files/', import.meta.url);
const expected: Record<string, string> = JSON.parse(readFileSync(new URL('expected.json', filesDir), 'utf8'));
const nl: Record<string, string> = JSON.parse(
	readFileSync(new URL('../messages/nl.json', import.meta.url), 'utf8')
);
const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const hostileText = (name: string) =>
	readFileSync(new URL(`./hostile-text/${name}.json`, import.meta.url), 'utf8');

/** Everything the app keeps in localStorage, to compare before and after. */
const storageChecksum = (page: Page) =>
	page.evaluate(async () => {
		const entries = Object.keys(localStorage)
			.sort()
			.map((key) => [key, localStorage.getItem(key)]);
		const bytes = new TextEncoder().encode(JSON.stringify(entries));
		return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
			.map((b) => b.toString(16))
			.join('');
	});

/** Fails when a hostile payload managed to run: every payload sets this global. */
const expectNoScriptRan = async (page: Page) =>
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

test('every hostile file gets a clear message in Dutch and leaves what is stored as it was', async ({
	page
}) => {
	test.setTimeout(120_000);
	await storePreparation(page, example);
	await open(page, '/openen');
	const input = page.getByLabel('Kies een bestand van Gesprekswijzer');
	for (const [name, outcome] of Object.entries(expected)) {
		const before = await storageChecksum(page);
		await input.setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: readFileSync(new URL(name, filesDir))
		});
		// The page empties the file field once it has dealt with the file: only then is the outcome this file's.
		await expect(input, name).toHaveValue('');
		if (outcome === 'imported') {
			await expect(page.getByText('Het bestand is geopend'), name).toBeVisible();
			expect(await storageChecksum(page), name).not.toBe(before);
		} else if (outcome === 'too-long') {
			await expect(page.getByText(nl.import_too_long_intro!), name).toBeVisible();
			expect(await storageChecksum(page), name).toBe(before);
		} else if (outcome === 'same-id') {
			await expect(page.getByText('al op dit apparaat. Wat wilt u doen?'), name).toBeVisible();
			expect(await storageChecksum(page), name).toBe(before);
		} else {
			const alert = page.getByRole('alert');
			await expect(alert, name).toContainText(nl[`import_error_${outcome.replace('-', '_')}`]!);
			await expect(alert, name).toContainText('Uw opgeslagen voorbereidingen zijn niet veranderd');
			expect(await storageChecksum(page), name).toBe(before);
		}
	}
	await expectNoScriptRan(page);
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
	await open(page, '/');
	await expectNoScriptRan(page);
});

test('a hostile file’s message is in English when the app speaks English', async ({ page }) => {
	await open(page, '/openen');
	await chooseLanguage(page, 'English');
	await page.getByLabel('Choose a Gesprekswijzer file').setInputFiles({
		name: 'deep.json',
		mimeType: 'application/json',
		buffer: readFileSync(new URL('deep-10000-arrays.json', filesDir))
	});
	await expect(page.getByRole('alert')).toContainText('Your saved preparations have not changed');
});

const PAGES = (id: string) => [
	`/p/${id}`,
	`/p/${id}/gegevens`,
	...Array.from({ length: 10 }, (_, i) => `/p/${id}/stap/${i + 1}`),
	`/p/${id}/agenda`,
	`/p/${id}/agenda/print`,
	`/p/${id}/controleren`,
	`/p/${id}/na-het-gesprek`,
	'/tijdlijn',
	'/'
];

for (const name of ['markup', 'long', 'characters']) {
	test(`hostile text in every field (${name}) shows as text on every page and gives valid, inked PDFs`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const text = hostileText(name);
		const prep = JSON.parse(text);
		await storePreparation(page, text);
		const width = page.viewportSize()!.width;
		for (const path of PAGES(prep.id)) {
			await open(page, path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			await expectNoScriptRan(page);
			// A phone widens the page to fit a word that does not wrap; it must stay as wide as the screen.
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
				width
			);
		}
		if (name === 'markup') {
			await open(page, `/p/${prep.id}/controleren`);
			await expect(page.getByText('<script>window.__pwned = 1</script>').first()).toBeVisible();
		}
		await open(page, `/p/${prep.id}`);
		for (const [button, onePage] of [
			['Agenda downloaden (PDF, 1 bladzijde)', true],
			['Afsprakenblad downloaden (PDF)', false]
		] as const) {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: button }).click();
			const bytes = readFileSync((await (await download).path())!);
			if (onePage) expect(pageCount(bytes)).toBe(1);
			else expect(pageCount(bytes)).toBeGreaterThanOrEqual(1);
			expect(pdfText(bytes).length).toBeGreaterThan(200);
			expect(uninkedWords(bytes), button).toEqual([]);
		}
		await expectNoScriptRan(page);
	});
}

test('hostile text typed into every field of every step stays text, and the agenda stays one inked page', async ({
	page
}) => {
	test.setTimeout(120_000);
	const payload =
		'<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Ayşe 😀 e\u0301 ' +
		'w'.repeat(200);
	await storePreparation(page, example);
	const id = JSON.parse(example).id;
	for (let step = 1; step <= 10; step++) {
		await open(page, `/p/${id}/stap/${step}`);
		const fields = page.locator('main textarea, main input[type="text"], main input:not([type])');
		const count = await fields.count();
		for (let i = 0; i < count; i++) {
			const field = fields.nth(i);
			if (!(await field.isEditable())) continue;
			const max = Number((await field.getAttribute('maxlength')) ?? 20_000);
			await field.fill(payload.slice(0, max));
		}
		expect(count, `fields on step ${step}`).toBeGreaterThan(0);
		await expectNoScriptRan(page);
	}
	await open(page, `/p/${id}/controleren`);
	await expect(page.getByText('<script>window.__pwned=1</script>').first()).toBeVisible();
	await expectNoScriptRan(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	const bytes = readFileSync((await (await download).path())!);
	expect(pageCount(bytes)).toBe(1);
	expect(pdfText(bytes)).toContain('<img src=x');
	expect(uninkedWords(bytes)).toEqual([]);
});
