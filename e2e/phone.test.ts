/** On a phone: everything the parent typed stays in sight, and the check-your-answers page stays short. */
import { readFileSync } from 'node:fs';
import { expect, open, startPreparation, storePreparation, test, type Page } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test.use({ viewport: { width: 390, height: 844 } });

/** Boxes whose text does not fit in what they show (the parent would have to scroll inside them). */
async function hiddenText(page: Page) {
	return page
		.locator('textarea, input:not([type]), input[type="text"]')
		.evaluateAll((boxes) =>
			boxes
				.filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
				.map((b) => b.id)
		);
}

test('sentence answers wrap and grow, so nothing typed hides inside a one-line field at 390 px', async ({
	page
}) => {
	await storePreparation(page, example);
	const long = 'Ayşe leest graag strips maar raakt snel de draad kwijt in lange teksten met veel woorden. ';
	for (const path of ['stap/1', 'stap/3', 'stap/4', 'stap/8', 'stap/9', 'agenda', 'gegevens']) {
		await open(page, `/p/${id}/${path}`);
		expect(await hiddenText(page), path).toEqual([]);
	}

	await open(page, `/p/${id}/stap/1`);
	const line = page
		.getByRole('group', { name: /Wat wilt u na het gesprek weten/ })
		.getByRole('textbox')
		.first();
	const before = (await line.boundingBox())!.height;
	await line.fill(long.repeat(3));
	await line.press('Enter');
	await expect(line).toHaveValue(long.repeat(3));
	await expect.poll(async () => (await line.boundingBox())!.height).toBeGreaterThan(before * 3);
	expect(await hiddenText(page)).toEqual([]);

	await open(page, `/p/${id}/stap/4`);
	const text = page.locator('textarea:not(.sentence)').first();
	await text.fill(`${long}\n`.repeat(8));
	expect(await hiddenText(page)).toEqual([]);
});

test('check-your-answers of a fresh preparation is short on a phone (no longer eight screens), with the documents one tap away', async ({
	page
}) => {
	await startPreparation(page, 'Noor', 'Zorggesprek', ['5', '3', '2027']);
	await page.getByRole('link', { name: 'Controleer uw antwoorden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
	const screens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
	expect(screens).toBeLessThan(4.5);
	const toDocuments = page.getByRole('link', { name: 'Naar uw documenten' });
	await expect(toDocuments).toBeInViewport();
	await toDocuments.click();
	await expect(page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' })).toBeInViewport();
});

test('from a fresh start to the agenda PDF in 8 taps and typed fields at 390 px', async ({ page }) => {
	await open(page, '/');
	let actions = 0;
	const tap = async (locator: ReturnType<Page['getByRole']>) => (actions++, locator.click());
	const type = async (label: string, text: string) => (
		actions++,
		page.getByLabel(label, { exact: true }).fill(text)
	);
	await tap(page.getByRole('link', { name: 'Nieuw gesprek voorbereiden' }));
	await type('Voornaam van uw kind', 'Tapmarker');
	await tap(page.getByLabel('Zorggesprek'));
	// The date stays three boxes without automatic jumps: three fields.
	await type('Dag', '5');
	await type('Maand', '3');
	await type('Jaar', '2027');
	await tap(page.getByRole('button', { name: 'Begin met voorbereiden' }));
	const download = page.waitForEvent('download');
	await tap(page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }));
	const { execFileSync } = await import('node:child_process');
	const text = execFileSync('pdftotext', [(await (await download).path())!, '-'], { encoding: 'utf8' });
	expect(text).toContain('Agenda – zorggesprek over Tapmarker');
	expect(actions).toBeLessThanOrEqual(8);
});
