import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test('after the meeting: from an imported file, the agreements and the agreed evaluation reach the sheet, the recap and the calendar alike', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/');
	await page.getByRole('link', { name: 'Een bestand openen' }).first().click();
	await page.getByLabel('Kies een bestand van Gesprekswijzer').setInputFiles({
		name: 'ayse.json',
		mimeType: 'application/json',
		buffer: Buffer.from(example)
	});
	await expect(page.getByRole('main').getByRole('status').last()).toContainText('Het bestand is geopend');
	await open(page, `/p/${id}`);
	await page.getByRole('link', { name: 'Na het gesprek' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Na het gesprek');

	await page.getByRole('button', { name: 'Mijn voorstellen overnemen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'overgenomen' })).toContainText('Overgenomen: 2.');
	await page.getByRole('button', { name: 'Een afspraak toevoegen' }).click();
	const third = page.locator('#made fieldset.record').nth(2);
	await third.getByLabel('Wat spreken we af? (optioneel)').fill('Meer aandacht voor rekenen');
	await expect(third).toContainText('Deze woorden zijn later moeilijk te controleren: “Meer aandacht”');
	await expect(third).toContainText('wie het doet, wanneer het klaar is');

	// The suggestion starts from the parent's own date of step 10, and says so.
	await expect(page.getByText('Uw eigen datum uit stap 10: 28 januari 2027.')).toBeVisible();
	await page.getByRole('button', { name: 'Deze datum gebruiken' }).click();
	await expect(page.locator('#evaluation-agreed-year')).toHaveValue('2027');
	await expect(page.locator('#evaluation-agreed')).toHaveValue('28');
	await expect(page.locator('#evaluation-agreed')).toBeFocused();
	// At the table another day was chosen.
	await page.locator('#evaluation-agreed').fill('4');
	await page.locator('#evaluation-agreed-month').fill('2');
	await page.getByLabel('Wie nodigt uit voor de evaluatie? (optioneel)').fill('De intern begeleider');
	await page.getByLabel('Hoe laat? (optioneel)').fill('15:30');

	const recap = page.getByLabel('Het bericht');
	await expect(recap).toHaveValue(/^Bevestiging van onze afspraken/);
	await expect(recap).toHaveValue(/1\. Ayşe oefent twee keer per week 15 minuten lezen/);
	await expect(recap).toHaveValue(/3\. Meer aandacht voor rekenen/);
	await expect(recap).toHaveValue(/We evalueren op donderdag 4 februari 2027 om 15:30 uur\./);
	await expect(recap).toHaveValue(/De intern begeleider nodigt uit\./);
	await page.getByRole('button', { name: 'Bericht kopiëren' }).click();
	await expect(page.getByText('Het bericht is gekopieerd')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await recap.inputValue());

	const ics = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Zet de afspraken in mijn agenda (.ics)' }).click();
	const calendar = await ics;
	expect(calendar.suggestedFilename()).toBe('ayse-afspraken-agenda-2026-12-03.ics');
	const icsText = readFileSync((await calendar.path())!, 'utf8');
	const events = new ICAL.Component(ICAL.parse(icsText))
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	const evaluation = events.find((e) => e.summary === 'Evaluatiegesprek over Ayşe')!;
	expect(evaluation.description).toBe('De intern begeleider nodigt uit.');
	// The same wall-clock time as on the page, in the browser's own time zone.
	const start = await page.evaluate(
		(utc) => new Date(utc).toLocaleString('sv-SE'),
		evaluation.startDate.toJSDate().toISOString()
	);
	expect(start).toBe('2027-02-04 15:30:00');
	expect(events.map((e) => e.summary).sort()).toEqual([
		'Afspraak klaar: Ayşe oefent twee keer per week 15 minuten lezen met de onderwijsassistent.',
		'Afspraak klaar: Wij lezen thuis elke avond tien minuten samen.',
		'Evaluatiegesprek over Ayşe'
	]);

	await page.reload();
	await expect(page.locator('#made fieldset.record')).toHaveCount(3);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Afsprakenblad downloaden (PDF)' }).click();
	const text = execFileSync('pdftotext', ['-raw', (await (await download).path())!, '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	for (const agreement of [
		'Ayşe oefent twee keer per week',
		'Wij lezen thuis elke avond',
		'Meer aandacht voor rekenen'
	])
		expect(text.split(agreement)).toHaveLength(2);
	expect(text).not.toContain('Voorstel');
	expect(text).toContain('Evaluatiegesprek op: donderdag 4 februari 2027 om 15:30 uur');
	expect(text).toContain('Wie nodigt uit: De intern begeleider');
	expect(text).not.toContain('28 januari');
});

test('the next meeting starts from this one: same child and people, and its agenda PDF looks back at the agreements', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/na-het-gesprek`);
	await page.getByRole('button', { name: 'Mijn voorstellen overnemen' }).click();
	await page.getByRole('button', { name: 'Volgend gesprek voorbereiden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht van uw voorbereiding');
	expect(page.url()).not.toContain(id);
	await expect(page.locator('main')).toContainText('Ayşe – evaluatiegesprek');

	await page.getByRole('link', { name: 'Uw agenda' }).click();
	const first = page.locator('#look-back fieldset.record').first();
	await expect(first.getByLabel('De afspraak (optioneel)')).toHaveValue(/Ayşe oefent twee keer per week/);
	await first.getByLabel('Het werkt', { exact: true }).check();
	await first.getByLabel('Houden').check();
	await expect(page.locator('table.plan')).toContainText('Terugkijken naar de afspraken van de vorige keer');

	await page.getByRole('link', { name: 'Naar het overzicht' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	const text = execFileSync('pdftotext', [(await (await download).path())!, '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	expect(text).toContain('Terugblik op eerdere afspraken');
	expect(text).toContain('Ayşe oefent twee keer per week 15 minuten lezen met de onderwijsassistent.');
	expect(text).toContain('Het werkt — Houden');
	expect(text).toContain('Łucja Kowalczyk');

	await open(page, '/');
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(2);
	await page.getByRole('link', { name: /Tijdlijn per kind/ }).click();
	const timeline = page.locator('main');
	await expect(timeline.getByRole('heading', { level: 2, name: 'Ayşe' })).toBeVisible();
	await expect(timeline.getByRole('heading', { level: 3 })).toHaveText([
		/3 december 2026/,
		// The parent's own evaluation date of step 10.
		/28 januari 2027/
	]);
	await expect(timeline).toContainText(
		'Wij lezen thuis elke avond tien minuten samen. — Ouders — 7 december 2026'
	);
});

test('step 9 gives the same SMART hints as after the meeting: vague words, and how to make them measurable', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/stap/9`);
	await page.getByRole('button', { name: 'Een afspraak toevoegen' }).click();
	const added = page.locator('#agreements fieldset.record').last();
	await added
		.getByLabel('Wat spreken we af? (optioneel)')
		.fill('De juf gaat proberen meer aandacht te geven');
	await expect(added).toContainText(
		'Deze woorden zijn later moeilijk te controleren: “proberen”, “meer aandacht”. Schrijf op wat iemand echt gaat doen, hoe vaak en wanneer. Wat doet de leerkracht precies, en hoe vaak?'
	);
	await expect(added).toContainText('wie het doet, wanneer het klaar is');
});
