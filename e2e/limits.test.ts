/**
 * A text longer than a field takes is never lost without a word: every input stops at the schema's limit,
 * what the page shows is what is kept, and a file with an over-long answer shows it whole before opening.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, open, startPreparation, test } from './fixtures';

const MAX_SHORT = 200;
const MAX_TEXT = 20_000;

/** Resolves once storage holds `text` in the open preparation: the autosave has run. */
async function saved(page: Page, text: string) {
	await expect
		.poll(() =>
			page.evaluate(
				(t) =>
					Object.keys(localStorage).some(
						(k) =>
							k.startsWith('gesprekswijzer:prep:') && localStorage.getItem(k)!.includes(JSON.stringify(t))
					),
				text
			)
		)
		.toBe(true);
}

async function pasteAndReload(page: Page, field: () => Locator) {
	const long = 'Ł'.repeat(180) + 'abcdefghij'.repeat(7);
	await field().fill(long);
	const shown = await field().inputValue();
	expect(shown).toBe(long.slice(0, MAX_SHORT));
	await saved(page, shown);
	await page.reload();
	await expect(field()).toHaveValue(shown);
}

test('a pasted text longer than a field takes is cut where the parent sees it, and a reload shows exactly that', async ({
	page
}) => {
	await startPreparation(page, 'Ayşe', 'Gesprek over extra ondersteuning (zorggesprek)', ['3', '12', '2026']);
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	const place = () => page.getByLabel('Waar is het gesprek?');
	await place().fill('x'.repeat(185));
	await expect(page.getByText('Tekens over: 15')).toBeVisible();
	await pasteAndReload(page, place);

	await page.goto(page.url().replace(/gegevens$/, 'stap/2'));
	await page.getByRole('button', { name: 'Iemand van school toevoegen' }).click();
	await pasteAndReload(page, () => page.getByLabel('Naam (optioneel)').first());
});

test('every text field of every page stops at the limit the schema sets', async ({ page }) => {
	await startPreparation(page, 'Ayşe', 'Gesprek over extra ondersteuning (zorggesprek)', ['3', '12', '2026']);
	const base = page.url();
	const pages = [
		'gegevens',
		...Array.from({ length: 10 }, (_, i) => `stap/${i + 1}`),
		'agenda',
		'na-het-gesprek'
	];
	let checked = 0;
	for (const path of pages) {
		await open(page, `${base}/${path}`);
		// One of every list, so that the questions about a record are on the page too.
		for (const add of await page.locator('main button[id$="-add"]').all()) await add.click();
		for (const field of await page
			.locator('main input:not([type]):not([inputmode="numeric"]), main textarea:not([readonly])')
			.all()) {
			const id = await field.getAttribute('id');
			expect([String(MAX_SHORT), String(MAX_TEXT)], `${path} #${id}`).toContain(
				await field.getAttribute('maxlength')
			);
			checked++;
		}
	}
	expect(checked).toBeGreaterThanOrEqual(45);
});

test('a file with an over-long answer shows it whole, names it, and opens with it cut when the parent says so', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const file = readFileSync(new URL('hostile-files/answer-too-long.json', import.meta.url));
	const full = JSON.parse(file.toString()).answers.people.attendees[0].name as string;
	await open(page, '/openen');
	await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles({
		name: 'te-lang.json',
		mimeType: 'application/json',
		buffer: file
	});
	const whole = page.getByLabel('Wie komen er van school? – Naam (de app bewaart de eerste 200 tekens)');
	await expect(whole).toHaveValue(full);
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':prep:')))).toEqual(
		[]
	);
	await page.getByRole('button', { name: 'Hele tekst kopiëren Wie komen er van school? – Naam' }).click();
	await expect(page.getByText('Gekopieerd.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(full);
	await page.getByRole('button', { name: 'Openen met de kortere tekst' }).click();
	const outcome = page.locator('#import-outcome');
	await expect(outcome).toContainText('Het bestand is geopend');
	await expect(outcome).toContainText('De te lange tekst is ingekort.');

	await open(page, '/p/te-lang/stap/2');
	await expect(page.getByLabel('Naam (optioneel)').first()).toHaveValue(full.slice(0, MAX_SHORT));
	await open(page, '/p/te-lang/gegevens');
	await expect(page.getByLabel('Waar is het gesprek?')).toHaveValue('OBS De Regenboog, lokaal groep 6');
});

test('an answer that is not valid yet is said at once, and saved as soon as it is put right', async ({
	page
}) => {
	await startPreparation(page, 'Ayşe', 'Gesprek over extra ondersteuning (zorggesprek)', ['3', '12', '2026']);
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await page.getByLabel('Hoe lang duurt het gesprek? (in minuten)').fill('3');
	await page.keyboard.press('Tab');
	await expect(
		page.getByText('Vul in hoeveel minuten het gesprek duurt: een getal van 5 tot en met 480.')
	).toBeVisible();
	await page.getByLabel('Voornaam van uw kind').fill('');
	await expect(
		page.getByText('Nog niet bewaard: Hoe lang duurt het gesprek? (in minuten), Voornaam van uw kind.')
	).toBeVisible();
	await page.getByLabel('Voornaam van uw kind').fill('Ayşe Nur');
	await page.getByLabel('Hoe lang duurt het gesprek? (in minuten)').fill('60');
	await expect(page.getByText(/^Nog niet bewaard/)).toHaveCount(0);
	await saved(page, 'Ayşe Nur');
	await page.reload();
	await expect(page.getByLabel('Hoe lang duurt het gesprek? (in minuten)')).toHaveValue('60');
});
