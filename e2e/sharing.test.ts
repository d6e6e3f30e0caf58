import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, open, startPreparation, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

/**
 * The device's share sheet, as a phone offers it: the browser's own navigator.share, replaced by one that
 * keeps what it was given (or fails, as a share sheet can). Nothing leaves the test.
 */
function shareSheet(o: 'share' | 'fail' | 'absent') {
	{
		if (o === 'absent') {
			delete (Navigator.prototype as Partial<Navigator>).share;
			delete (Navigator.prototype as Partial<Navigator>).canShare;
			return;
		}
		const shared: {
			title?: string;
			text?: string;
			files: { name: string; type: string; bytes: number[] }[];
		}[] = [];
		Object.assign(window, { shared });
		Navigator.prototype.canShare = () => true;
		Navigator.prototype.share = async (data?: ShareData) => {
			if (o === 'fail') throw new DOMException('Share failed', 'NotAllowedError');
			const files = await Promise.all(
				(data?.files ?? []).map(async (f) => ({
					name: f.name,
					type: f.type,
					bytes: [...new Uint8Array(await f.arrayBuffer())]
				}))
			);
			shared.push({ title: data?.title, text: data?.text, files });
		};
	}
}

test('where the device can share, the agenda PDF goes to its share sheet', async ({ page }) => {
	await page.addInitScript(shareSheet, 'share');
	await storePreparation(page, example);
	await open(page, `/p/${id}`);
	await page.getByRole('button', { name: 'Agenda delen' }).click();
	await expect(page.getByText('Gedeeld: ayse-agenda-2026-12-03.pdf.')).toBeVisible();
	const [shared] = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
	const file = (shared as { files: { name: string; type: string; bytes: number[] }[] }).files[0]!;
	expect(file.name).toBe('ayse-agenda-2026-12-03.pdf');
	expect(file.type).toBe('application/pdf');
	const path = join(tmpdir(), `shared-${Date.now()}.pdf`);
	writeFileSync(path, Buffer.from(file.bytes));
	expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
	expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Nguyễn Thị Minh');
});

test('where the device has no share sheet, there is no share button and download and copy work', async ({
	page,
	context
}) => {
	await page.addInitScript(shareSheet, 'absent');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await storePreparation(page, example);
	await open(page, `/p/${id}`);
	await expect(page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Agenda delen' })).toHaveCount(0);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	expect((await download).suggestedFilename()).toBe('ayse-agenda-2026-12-03.pdf');

	await open(page, `/p/${id}/na-het-gesprek`);
	await expect(page.getByRole('button', { name: 'Samenvatting delen' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Bericht kopiëren' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		'Bevestiging van onze afspraken'
	);
});

test('when sharing fails, the agenda is downloaded instead and the parent is told', async ({ page }) => {
	await page.addInitScript(shareSheet, 'fail');
	await storePreparation(page, example);
	await open(page, `/p/${id}`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda delen' }).click();
	expect((await download).suggestedFilename()).toBe('ayse-agenda-2026-12-03.pdf');
	await expect(page.getByRole('alert')).toHaveText(
		'Delen lukte niet. U kunt het bestand downloaden of de tekst kopiëren.'
	);
});

test('the recap goes to the share sheet as text', async ({ page }) => {
	await page.addInitScript(shareSheet, 'share');
	await storePreparation(page, example);
	await open(page, `/p/${id}/na-het-gesprek`);
	await page.getByRole('button', { name: 'Samenvatting delen' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { shared: { text?: string }[] }).shared.length))
		.toBe(1);
	const shared = await page.evaluate(
		() => (window as unknown as { shared: { title?: string; text?: string }[] }).shared[0]!
	);
	expect(shared.title).toBe('Bevestiging van onze afspraken');
	expect(shared.text).toBe(await page.getByLabel('Het bericht').inputValue());
});

test('after a change the overview reminds gently to make a backup, until one is made', async ({ page }) => {
	await startPreparation(page, 'Łukasz', 'Zorggesprek', ['3', '12', '2026']);
	const reminder = page.getByText('Uw laatste wijzigingen staan nog niet in een bestand op uw apparaat.');
	await expect(reminder).toHaveCount(0);
	await page.getByRole('link', { name: /Doel van het gesprek/ }).click();
	await page.getByLabel('Waarom is er dit gesprek?').fill('Zorgen over het rekenen.');
	await page.getByRole('link', { name: 'Naar het overzicht' }).first().click();
	await expect(reminder).toContainText('Sommige browsers, zoals Safari, wissen de gegevens');
	const download = page.waitForEvent('download');
	// The reminder's button does what the overview's own button does, and has its name.
	await page
		.locator('.panel')
		.filter({ has: reminder })
		.getByRole('button', { name: 'Opslaan als bestand' })
		.click();
	const name = (await download).suggestedFilename();
	expect(name).toMatch(/^lukasz-.*\.json$/);
	await expect(page.getByText(`Opgeslagen als bestand: ${name} staat in uw downloads.`)).toBeVisible();
	// The button went with the reminder; the focus is on the sentence that says what happened.
	await expect(page.getByText(`Opgeslagen als bestand: ${name} staat in uw downloads.`)).toBeFocused();
	await expect(reminder).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht van uw voorbereiding');
	await expect(reminder).toHaveCount(0);
});
