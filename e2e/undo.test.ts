/** One tap never loses what the parent wrote: whatever is removed can be put back, with the keyboard too. */
import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test('a person removed by mistake is put back in its place with one tap, and stays after a reload', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/stap/2`);
	const names = page.locator('#people-school').getByLabel('Naam (optioneel)');
	const values = () => names.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	await expect.poll(values).toEqual(['Łucja Kowalczyk', 'Nguyễn Thị Minh']);
	await page
		.locator('#people-school')
		.getByRole('button', { name: 'Deze persoon verwijderen Persoon 1' })
		.click();
	await expect.poll(values).toEqual(['Nguyễn Thị Minh']);
	await expect(
		page.getByRole('status').filter({ hasText: '„Łucja Kowalczyk” is verwijderd.' })
	).toBeVisible();
	const undo = page.getByRole('button', { name: 'Terugzetten Łucja Kowalczyk' });
	await expect(undo).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(values).toEqual(['Łucja Kowalczyk', 'Nguyễn Thị Minh']);
	await expect(page.locator('#people-school fieldset.record').first()).toBeFocused();
	await page.reload();
	await expect.poll(values).toEqual(['Łucja Kowalczyk', 'Nguyễn Thị Minh']);
});

test('a strength and a topic removed by mistake come back too', async ({ page }) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/stap/3`);
	const strengths = page.locator('#goes-well-strengths textarea');
	await expect(strengths).toHaveCount(3);
	await page.getByRole('button', { name: 'Verwijderen Sterke kant 2' }).click();
	await expect(strengths).toHaveCount(2);
	await expect(
		page.getByText('„Ze tekent heel goed en vertelt mooie verhalen.” is verwijderd.')
	).toBeVisible();
	await page
		.getByRole('button', { name: 'Terugzetten Ze tekent heel goed en vertelt mooie verhalen.' })
		.click();
	await expect(strengths.nth(1)).toHaveValue('Ze tekent heel goed en vertelt mooie verhalen.');

	await open(page, `/p/${id}/agenda`);
	const topics = page.getByLabel('Waarover wilt u praten?');
	await page.getByRole('button', { name: 'Verwijderen Onderwerp 1' }).click();
	await expect(topics.first()).toHaveValue('Ze wil niet meer naar school');
	await page.getByRole('button', { name: 'Terugzetten Lezen gaat veel te langzaam' }).click();
	await expect(topics.first()).toHaveValue('Lezen gaat veel te langzaam');
});
