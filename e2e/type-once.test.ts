/** Type once: what the parent wrote in the steps is offered where it is needed next, one tap each. */
import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test('the outcomes of step 1 and the wishes of step 8 are suggested as topics and go on the agenda with one tap each', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/agenda`);
	const suggestions = page.getByRole('region', { name: 'Uit uw eigen antwoorden' });
	const outcome = 'We weten wat Ayşe nodig heeft bij lezen.';
	const wish = 'Elke dag extra leesoefening';
	await expect(suggestions).toContainText('Wat u wilt bereiken (stap 1)');
	await expect(suggestions).toContainText('Lezen kost veel moeite.');

	for (const text of [outcome, wish]) {
		await suggestions.getByRole('button', { name: `Op de agenda zetten: ${text}` }).click();
		await expect(suggestions.getByRole('listitem').filter({ hasText: text })).toContainText(
			'✓ Staat op de agenda'
		);
		await expect(suggestions.getByRole('listitem').filter({ hasText: text })).toBeFocused();
	}
	await expect(page.getByLabel('Waarover wilt u praten?').nth(3)).toHaveValue(outcome);
	await expect(page.getByLabel('Waarover wilt u praten?').nth(4)).toHaveValue(wish);
	await expect(page.locator('table.plan')).toContainText(outcome);
	await expect(page.locator('table.plan')).toContainText(wish);

	await page.reload();
	await expect(page.getByLabel('Waarover wilt u praten?')).toHaveCount(5);
	await expect(
		page
			.getByRole('region', { name: 'Uit uw eigen antwoorden' })
			.getByRole('button', { name: `Op de agenda zetten: ${wish}` })
	).toHaveCount(0);
});

test('a wish’s first step of step 8 starts a proposal in step 9 with one tap', async ({ page }) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/stap/9`);
	const step = 'Twee keer per week 15 minuten oefenen met de onderwijsassistent.';
	await page.getByRole('button', { name: `Als voorstel beginnen: ${step}` }).click();
	await expect(page.getByText('✓ Staat bij uw voorstellen')).toBeVisible();
	await expect(
		page.locator('#agreements fieldset.record').last().getByLabel('Wat spreken we af? (optioneel)')
	).toHaveValue(step);
});

test('an agenda without topics says so where the documents are offered, and still downloads', async ({
	page
}) => {
	const prep = JSON.parse(example);
	prep.concerns = [];
	await storePreparation(page, JSON.stringify(prep));
	await open(page, `/p/${id}`);
	await expect(page.getByText('Uw agenda heeft nog geen onderwerpen.')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	expect((await download).suggestedFilename()).toBe('ayse-agenda-2026-12-03.pdf');
	await page.getByRole('link', { name: 'Onderwerpen toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw agenda');
});

test('the agenda page says what to bring to this kind of meeting, and each step points to help', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/agenda`);
	const bring = page.getByRole('region', { name: 'Wat neemt u mee?' });
	await expect(bring.getByRole('listitem')).toHaveText([
		'Voorbeelden van schoolwerk of huiswerk',
		'Het rapport en uitslagen van toetsen',
		'Verslagen van onderzoek of hulp buiten school',
		'Brieven of e-mails van de school'
	]);
	await open(page, `/p/${id}/stap/4`);
	await page.getByRole('link', { name: 'Tips voor tijdens het gesprek' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tips voor tijdens het gesprek');
});
