import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test } from './fixtures';
import { onDemandFiles } from './on-demand';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

test('the start page loads no PDF code or font; the agenda and sheet are made on request in the browser', async ({
	page
}) => {
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	await open(page, '/');
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((path) => /NotoSans|\.ttf$/.test(path))).toEqual([]);
	const startScripts = loaded.filter((path) => path.endsWith('.js'));

	await storePreparation(page, example);
	await open(page, `/p/${id}/controleren`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('ayse-agenda-2026-12-03.pdf');
	await expect(page.getByText('Klaar: ayse-agenda-2026-12-03.pdf staat in uw downloads.')).toBeVisible();
	const path = (await file.path())!;
	const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
	expect(info).toMatch(/Pages:\s+1\n/);
	// Made in the browser with the same code: tagged for screen readers, with its title in the metadata.
	expect(info).toMatch(/Tagged:\s+yes\n/);
	expect(execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' })).toContain(
		'<pdfuaid:part>1</pdfuaid:part>'
	);
	expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Nguyễn Thị Minh');
	// Noto Sans alone, as before there were fonts for other scripts: not the Arabic or Ethiopic font,
	// nor the code that draws them.
	expect(loaded.filter((p) => p.endsWith('.ttf')).map((p) => /NotoSans[\w-]*/.exec(p)?.[0])).toEqual([
		'NotoSans-Regular',
		'NotoSans-Bold'
	]);
	expect(loaded.filter((p) => onDemandFiles().includes(p))).toEqual([]);
	expect(startScripts.length).toBeGreaterThan(0);

	const sheet = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Afsprakenblad downloaden (PDF)' }).click();
	expect((await sheet).suggestedFilename()).toBe('ayse-afspraken-2026-12-03.pdf');
});

test('an agenda for a child called محمد has the name in Arabic and is named by the meeting', async ({
	page
}) => {
	const prep = JSON.parse(example);
	prep.child.firstName = 'محمد';
	prep.answers.people.attendees[0].name = 'فاطمة';
	prep.answers.purpose.why = 'محمد يحب كرة القدم مع Tom منذ 2023 في groep 5';
	await storePreparation(page, JSON.stringify(prep));
	await open(page, `/p/${id}/controleren`);
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('zorggesprek-agenda-2026-12-03.pdf');
	// pdftotext marks right-to-left runs with embedding characters (U+202B … U+202C).
	const text = execFileSync('pdftotext', [(await file.path())!, '-'], { encoding: 'utf8' }).replace(
		/[\u202a-\u202e]/g,
		''
	);
	for (const words of ['zorggesprek over محمد', 'فاطمة', 'محمد يحب كرة القدم مع', 'Tom', '2023', 'groep 5']) {
		expect(text).toContain(words);
	}
	expect(text).not.toContain('�');
	await expect(page.getByRole('alert')).toBeHidden();
	// The Arabic font came with it; the Ethiopic one did not.
	expect(
		loaded
			.filter((p) => p.endsWith('.ttf'))
			.map((p) => /NotoSans[\w-]*/.exec(p)?.[0])
			.sort()
	).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansArabic-Bold', 'NotoSansArabic-Regular']);
});

test('text the font cannot show is reported by field, and the PDF is still made', async ({ page }) => {
	const prep = JSON.parse(example);
	prep.answers.childVoice.wish = 'Een puppy 🐶';
	await storePreparation(page, JSON.stringify(prep));
	await open(page, `/p/${id}/controleren`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	await download;
	await expect(page.getByRole('alert')).toContainText('Wat zou je willen? Wat is jouw wens?');
});

test('the print view shows the agenda as a page and prints to one A4 page', async ({ page }) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/agenda/print`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda – zorggesprek over Ayşe');
	await expect(page.getByRole('heading', { name: 'Agenda (45 minuten)' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header')).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
	expect(pages).toMatch(/Pages:\s+1\n/);
});

test('the parent’s own page downloads beside the agenda, and has a print view of its own', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Mijn eigen bladzijde downloaden (PDF, alleen voor mij)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('ayse-voor-mezelf-2026-12-03.pdf');
	// pdftotext marks right-to-left runs with embedding characters (U+202B … U+202C).
	const text = execFileSync('pdftotext', [(await file.path())!, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
	expect(text).toContain('Voor mezelf – zorggesprek over Ayşe');
	expect(text).toContain("Juf Łucja neemt 's ochtends even de tijd om haar te begroeten.");

	await page.getByRole('link', { name: 'Mijn eigen bladzijde bekijken om te printen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor mezelf – zorggesprek over Ayşe');
	await expect(page.getByText('Alleen voor mij. Deze bladzijde is niet voor de school.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Zo begin ik' })).toBeVisible();
});

test('the blank worksheet downloads from the page the start page links to', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Liever op papier?' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /Leeg werkblad downloaden/ }).click();
	expect((await download).suggestedFilename()).toBe('gesprekswijzer-werkblad.pdf');
});

test('the documents follow the language chosen for them, whatever language the app speaks', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/gegevens`);
	await page.getByLabel('In welke taal wilt u de agenda en het afsprakenblad?').selectOption('en');
	await page.getByRole('link', { name: 'Naar het overzicht' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	const text = execFileSync('pdftotext', [(await (await download).path())!, '-'], { encoding: 'utf8' });
	expect(text).toContain('Agenda – support meeting about Ayşe');
	expect(text).toContain('Thursday 3 December 2026');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht van uw voorbereiding');
});

test('the keyboard focus stays on the button that made the document, so nobody loses their place', async ({
	page
}) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}`);
	const button = page.getByRole('button', { name: /^Agenda downloaden/ });
	await button.focus();
	const download = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	await download;
	await expect(page.getByText(/^Klaar: .* staat in uw downloads\./)).toBeVisible();
	await expect(button).toBeFocused();
});

test.describe('when the PDF cannot load', () => {
	test.use({ serviceWorkers: 'block' });

	test('the page says why and what to do, and keeps the answers', async ({ page }) => {
		await storePreparation(page, example);
		await page.route(/\.ttf$/, (route) => route.abort('internetdisconnected'));
		await open(page, `/p/${id}`);
		await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			/^De PDF kon niet laden\. Misschien is er geen internet/
		);
		await page.unroute(/\.ttf$/);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
		expect((await download).suggestedFilename()).toBe('ayse-agenda-2026-12-03.pdf');
	});
});
