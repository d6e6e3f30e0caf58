import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { expect, open, startPreparation, test, chooseLanguage } from './fixtures';

const importStatus = (page: Page) => page.getByRole('main').getByRole('status').last();
const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

test('a new preparation keeps everything typed across a reload', async ({ page }) => {
	await startPreparation(page, 'Ayşe', 'Gesprek over extra ondersteuning (zorggesprek)', ['3', '12', '2026']);
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await page.getByLabel('Leeftijd of groep').fill('9 jaar, groep 6');
	await page.getByLabel('Waar is het gesprek?').fill('Lokaal van juf Łucja');
	await page.getByLabel('Iets anders om te onthouden').fill('Vragen naar het leesonderzoek');
	await page.waitForTimeout(400);
	await page.reload();
	await expect(page.getByLabel('Voornaam van uw kind')).toHaveValue('Ayşe');
	await expect(page.getByLabel('Leeftijd of groep')).toHaveValue('9 jaar, groep 6');
	await expect(page.getByLabel('Waar is het gesprek?')).toHaveValue('Lokaal van juf Łucja');
	await expect(page.getByLabel('Iets anders om te onthouden')).toHaveValue('Vragen naar het leesonderzoek');
	await expect(page.getByLabel('Dag', { exact: true })).toHaveValue('3');
	await expect(page).toHaveTitle(/Gegevens van het gesprek/);
});

test('what was typed is there after the browser is closed and opened again on the same profile', async ({
	baseURL
}, testInfo) => {
	const profile = testInfo.outputPath('profile');
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			baseURL,
			executablePath: testInfo.project.use.launchOptions?.executablePath,
			args: testInfo.project.use.launchOptions?.args
		});
	let context = await launch();
	let page = context.pages()[0] ?? (await context.newPage());
	await startPreparation(page, 'Łukasz', 'Startgesprek aan het begin van het jaar', ['1', '9', '2027']);
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await page.getByLabel('School (optioneel)').fill('Basisschool De Linde');
	// Hiding the page (switching apps on a phone) saves at once, without waiting for the pause.
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await context.close();

	context = await launch();
	page = context.pages()[0] ?? (await context.newPage());
	await open(page, '/');
	await page
		.getByRole('link', { name: /Łukasz/ })
		.first()
		.click();
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await expect(page.getByLabel('School (optioneel)')).toHaveValue('Basisschool De Linde');
	await context.close();
});

test('export, wipe everything, import: the same preparation comes back field for field', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Een bestand openen' }).first().click();
	await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles({
		name: 'ayse.json',
		mimeType: 'application/json',
		buffer: Buffer.from(example('ayse-zorggesprek.json'))
	});
	await expect(importStatus(page)).toContainText('Het bestand is geopend');

	await open(page, '/');
	const download = page.waitForEvent('download');
	await page.getByText('Meer keuzes').click();
	await page.getByRole('button', { name: /^Opslaan als bestand / }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('ayse-zorggesprek-2026-12-03.json');
	const exported = readFileSync((await file.path())!, 'utf8');
	expect(JSON.parse(exported)).toEqual(JSON.parse(example('ayse-zorggesprek.json')));

	await page.getByRole('link', { name: 'Alles wissen' }).click();
	await page.getByRole('button', { name: 'Alles wissen' }).click();
	// The question takes the place of the button, and the focus with it; then the outcome does.
	await expect(page.getByText(/^Weet u het zeker\?/)).toBeFocused();
	await page.getByRole('button', { name: 'Ja, wis alles' }).click();
	await expect(page.getByText('Alles is gewist')).toBeVisible();
	await expect(page.getByText('Alles is gewist')).toBeFocused();
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await open(page, '/');
	await expect(page.getByRole('heading', { name: 'Verder met een voorbereiding' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Verder met/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Nieuw gesprek voorbereiden' })).toHaveClass(/primary/);

	await open(page, '/openen');

	await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles({
		name: 'terug.json',
		mimeType: 'application/json',
		buffer: Buffer.from(exported)
	});
	await expect(importStatus(page)).toContainText('Het bestand is geopend');
	const stored = await page.evaluate(() =>
		localStorage.getItem('gesprekswijzer:prep:voorbeeld-ayse-zorggesprek')
	);
	expect(JSON.parse(stored!)).toEqual(JSON.parse(example('ayse-zorggesprek.json')));
});

for (const [label, content, message] of [
	['a broken file', '{"formatVersion": 1, "id": ', 'Dit bestand kunnen we niet lezen'],
	[
		'JSON that is not a preparation',
		'{"name": "boodschappenlijst", "items": ["melk"]}',
		'Dit bestand is geen voorbereiding'
	],
	[
		'a file from a newer version',
		JSON.stringify({ ...JSON.parse(example('daan-opp-bespreking.json')), formatVersion: 7 }),
		'nieuwere versie'
	]
] as const) {
	test(`importing ${label} gives a clear message and changes nothing`, async ({ page }) => {
		await open(page, '/openen');
		await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles({
			name: 'x.json',
			mimeType: 'application/json',
			buffer: Buffer.from(example('ayse-zorggesprek.json'))
		});
		await expect(importStatus(page)).toContainText('Het bestand is geopend');
		const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
		expect(before).toContain('voorbeeld-ayse-zorggesprek');
		await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles({
			name: 'kapot.json',
			mimeType: 'application/json',
			buffer: Buffer.from(content)
		});
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('alert')).toContainText('Uw opgeslagen voorbereidingen zijn niet veranderd');
		expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
	});
}

test('the start form explains each missing field, keeps what was typed, and works in English', async ({
	page
}) => {
	await open(page, '/nieuw');
	await page.getByLabel('Voornaam van uw kind').fill('Nguyễn');
	await page.getByLabel('Dag', { exact: true }).fill('30');
	await page.getByLabel('Maand', { exact: true }).fill('2');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('button', { name: 'Begin met voorbereiden' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Kies wat voor gesprek het is');
	await expect(summary).toContainText('Deze datum bestaat niet');
	await expect(page).toHaveTitle(/^Fout: /);
	await expect(page.getByLabel('Voornaam van uw kind')).toHaveValue('Nguyễn');

	await chooseLanguage(page, 'English');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare for a new meeting');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare for a new meeting');
});

test('a returning parent goes on with the last preparation in one tap, from above the fold', async ({
	page
}) => {
	await startPreparation(page, 'Mila', 'Startgesprek aan het begin van het jaar', ['2', '9', '2027']);
	await startPreparation(page, 'Daan', 'Evaluatiegesprek: werkt de hulp?', ['10', '2', '2027']);
	await open(page, '/');
	const goOn = page.getByRole('link', { name: 'Verder met Daan – evaluatiegesprek' });
	await expect(goOn).toBeInViewport();
	await expect(goOn).toHaveClass(/primary/);
	const startNew = page.getByRole('link', { name: 'Nieuw gesprek voorbereiden' });
	await expect(startNew).not.toHaveClass(/primary/);
	// First on the page, above "new".
	expect((await goOn.boundingBox())!.y).toBeLessThan((await startNew.boundingBox())!.y);
	await goOn.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht van uw voorbereiding');
	await expect(page.getByText('Daan – evaluatiegesprek – 10 februari 2027')).toBeVisible();
});

test('a preparation can be renamed, copied and deleted from the start page', async ({ page }) => {
	await startPreparation(page, 'Daan', 'Evaluatiegesprek: werkt de hulp?', ['10', '2', '2027']);
	await open(page, '/');
	// One main action per preparation; the rest is behind "Meer keuzes".
	await expect(page.getByRole('button', { name: /^Naam wijzigen Daan/ })).toBeHidden();
	await page.getByText('Meer keuzes').click();
	// Each button names its preparation, and the focus goes where the parent's attention goes: into the
	// form, to the question, back to the button, or to the list once an item is gone.
	await page.getByRole('button', { name: /^Naam wijzigen Daan/ }).click();
	await expect(page.getByLabel('Nieuwe naam')).toBeFocused();
	await page.getByLabel('Nieuwe naam').fill('Daan – rekenen');
	await page.getByRole('button', { name: 'Naam opslaan' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Daan – rekenen' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Naam wijzigen Daan – rekenen' })).toBeFocused();
	await page.getByRole('button', { name: 'Kopie maken Daan – rekenen' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Kopie van Daan – rekenen' })).toBeVisible();
	await page.getByText('Meer keuzes').first().click();
	const remove = page.getByRole('button', { name: 'Verwijderen Kopie van Daan – rekenen' });
	await remove.click();
	await expect(
		page.getByText('Weet u zeker dat u „Kopie van Daan – rekenen” wilt verwijderen?')
	).toBeFocused();
	await page.getByRole('button', { name: 'Nee, terug' }).click();
	await expect(remove).toBeFocused();
	await remove.click();
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 2, name: 'Verder met een voorbereiding' })).toBeFocused();
});

test('moving to another page right after typing keeps what was typed, in the page and in storage', async ({
	page
}) => {
	await startPreparation(page, 'Noor', 'Startgesprek aan het begin van het jaar', ['2', '9', '2027']);
	await page.getByRole('link', { name: '4. Beeld van uw kind' }).click();
	await expect(page.getByLabel('Wat is moeilijk voor uw kind? (optioneel)')).toBeVisible();
	// Type and leave in one go, well within the pause before saving.
	await page.evaluate(() => {
		const field = document.querySelector<HTMLTextAreaElement>('#picture-hard')!;
		field.value = 'Rekenen met breuken';
		field.dispatchEvent(new Event('input', { bubbles: true }));
		[...document.querySelectorAll<HTMLAnchorElement>('nav a')]
			.find((a) => a.textContent === 'Naar het overzicht')!
			.click();
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht van uw voorbereiding');
	await expect(page.locator('#status-picture')).toHaveText('Bezig');
	await page.getByRole('link', { name: 'Controleer uw antwoorden' }).click();
	await expect(page.locator('main')).toContainText('Rekenen met breuken');
	await page.reload();
	await expect(page.locator('main')).toContainText('Rekenen met breuken');
});

test('a full storage is said plainly when starting, and the form keeps what was typed', async ({ page }) => {
	await open(page, '/nieuw');
	// A browser whose storage is full: every write fails the way Chromium fails it.
	await page.evaluate(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Voornaam van uw kind').fill('Ayşe');
	await page.getByLabel('Startgesprek aan het begin van het jaar').check();
	await page.getByLabel('Dag', { exact: true }).fill('1');
	await page.getByLabel('Maand', { exact: true }).fill('9');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('button', { name: 'Begin met voorbereiden' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'geen ruimte meer om een nieuwe voorbereiding te bewaren'
	);
	await expect(page.getByLabel('Voornaam van uw kind')).toHaveValue('Ayşe');
});

test('opening a file that is already on this device asks first; after the answer the focus is on the outcome', async ({
	page
}) => {
	const text = example('ayse-zorggesprek.json');
	await open(page, '/openen');
	const file = { name: 'ayse.json', mimeType: 'application/json', buffer: Buffer.from(text) };
	await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles(file);
	await expect(page.getByText('Het bestand is geopend')).toBeVisible();
	await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles(file);
	await expect(page.getByText(/al op dit apparaat\. Wat wilt u doen\?/)).toBeVisible();
	await page.getByRole('button', { name: 'Allebei houden' }).click();
	const outcome = page.locator('#import-outcome');
	await expect(outcome).toContainText('Het bestand is geopend');
	await expect(outcome).toBeFocused();
	const count = await page.evaluate(
		() => Object.keys(localStorage).filter((key) => key.startsWith('gesprekswijzer:prep:')).length
	);
	expect(count).toBe(2);
});
