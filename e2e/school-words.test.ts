/** School words (OPP, IB, MDO, SMART, …) are explained on the page that uses them, and on one page with all. */
import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test, chooseLanguage } from './fixtures';

const daan = readFileSync(new URL('../examples/daan-opp-bespreking.json', import.meta.url), 'utf8');
const id = JSON.parse(daan).id;

test('the start form explains the school words in the meeting types, and links to all of them', async ({
	page
}) => {
	await open(page, '/nieuw');
	const words = page.locator('details.school-words');
	await expect(words.locator('dl')).toBeHidden();
	await words.getByText('Uitleg van schoolwoorden op deze pagina').click();
	await expect(words.locator('dt')).toHaveText([
		'Intern begeleider (IB)',
		'OPP (ontwikkelingsperspectiefplan)',
		'MDO (multidisciplinair overleg)',
		'Samenwerkingsverband'
	]);
	await expect(words).toContainText('Een plan van de school voor een kind dat veel extra hulp nodig heeft.');
	await words.getByRole('link', { name: 'Alle schoolwoorden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schoolwoorden');
	await expect(page.locator('.glossary dt')).toHaveCount(9);
	await expect(page.locator('.glossary')).toContainText('Thuiszitter');
});

test('a step explains the words of its advice and questions, in the app’s language; a step without them shows nothing', async ({
	page
}) => {
	await storePreparation(page, daan);
	await open(page, `/p/${id}/stap/1`);
	const words = page.locator('details.school-words');
	await words.locator('summary').click();
	await expect(words.locator('dt')).toContainText(['OPP (ontwikkelingsperspectiefplan)', 'Handelingsdeel']);
	await open(page, `/p/${id}/stap/3`);
	await expect(page.locator('details.school-words')).toHaveCount(0);

	await chooseLanguage(page, 'English');
	await open(page, `/p/${id}/stap/9`);
	await page.getByText('School words on this page, explained').click();
	await expect(page.locator('details.school-words dt')).toContainText(['SMART']);
	await expect(page.locator('details.school-words')).toContainText('An agreement that is clear.');
});
