import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { pageCount, pdfText, readQr, renderGray, uninkedWords } from '../src/lib/test/read-back';
import { expect, open, storePreparation, test, chooseLanguage } from './fixtures';

test('the trainer page shows the app’s link and a QR code that a camera reads as that link', async ({
	page,
	baseURL
}) => {
	// A parent's preparation on the same device: the trainer page shows nothing of it.
	await storePreparation(
		page,
		readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8')
	);
	await open(page, '/');
	await page.getByRole('link', { name: 'Voor trainers' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor trainers van Samen Sterk');
	const address = `${baseURL}/`;
	await expect(page.getByRole('link', { name: address })).toBeVisible();

	await expect(page.locator('main')).not.toContainText('Ayşe');
	const qr = page.getByRole('img', { name: 'QR-code met de link naar Gesprekswijzer' });
	const png = PNG.sync.read(await qr.screenshot());
	expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(address);
});

test('the course handout is one inked page with the QR code, the link and the instructions', async ({
	page,
	baseURL
}) => {
	await open(page, '/trainer');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Hand-out downloaden (PDF, 1 bladzijde)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('gesprekswijzer-hand-out.pdf');
	const bytes = readFileSync((await file.path())!);
	expect(pageCount(bytes)).toBe(1);
	const text = pdfText(bytes);
	expect(text).toContain(`${baseURL}/`);
	expect(text).toContain('Scan de QR-code met de camera van uw telefoon.');
	expect(uninkedWords(bytes)).toEqual([]);
	expect(readQr(renderGray(bytes, 100)[0]!)).toBe(`${baseURL}/`);

	const worksheet = page.waitForEvent('download');
	await page.getByRole('button', { name: /Leeg werkblad downloaden/ }).click();
	expect((await worksheet).suggestedFilename()).toBe('gesprekswijzer-werkblad.pdf');
});

test('the pages about the app are reached from the footer of every page, in both languages', async ({
	page
}) => {
	await open(page, '/tips');
	const footer = page.getByRole('navigation', { name: 'Over Gesprekswijzer' });
	for (const [link, heading] of [
		['Privacy', 'Privacy: wat er met uw gegevens gebeurt'],
		['Toegankelijkheid', 'Toegankelijkheid'],
		['Hulp voor ouders', 'Waar kunt u terecht met vragen?'],
		['De tien aandachtspunten', 'De tien aandachtspunten']
	]) {
		await footer.getByRole('link', { name: link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
	}
	await expect(page.locator('main').getByRole('listitem')).toHaveCount(10);
	await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Doel van het gesprek');

	await footer.getByRole('link', { name: 'Hulp voor ouders' }).click();
	await expect(page.getByRole('link', { name: '0800-5010' })).toHaveAttribute('href', 'tel:08005010');
	await chooseLanguage(page, 'English');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where can you go with questions?');
	await page
		.getByRole('navigation', { name: 'About Gesprekswijzer' })
		.getByRole('link', { name: 'Privacy' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Privacy: what happens to your information'
	);
});
