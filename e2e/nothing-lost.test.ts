import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

/** The example stored, and the same page of it open in two tabs of one browser. */
async function twoTabs(page: Page, context: BrowserContext, path: string): Promise<Page> {
	await storePreparation(page, example);
	const other = await context.newPage();
	await open(page, `/p/${id}${path}`);
	await open(other, `/p/${id}${path}`);
	return other;
}

const hard = (tab: Page) => tab.getByLabel('Wat is moeilijk voor uw kind? (optioneel)');
const learn = (tab: Page) => tab.getByLabel('Wat heeft uw kind nodig om te leren? (optioneel)');
const notice = (tab: Page) => tab.getByText('U heeft hetzelfde veld ook in een ander venster veranderd.');

/** Puts a whole text in a field in one go, as one input event (fill() takes longer under load). */
const setAtOnce = (field: Locator, text: string) =>
	field.evaluate((element, value) => {
		(element as HTMLTextAreaElement).value = value;
		element.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);

/**
 * After both tabs changed the same field: exactly one tab says so and keeps its own text, both tabs show
 * that text (never two versions), also after a reload. Returns the text kept.
 */
async function clashSettles(page: Page, other: Page, field: (tab: Page) => Locator, texts: [string, string]) {
	await expect.poll(async () => (await notice(page).count()) + (await notice(other).count())).toBe(1);
	const kept = (await notice(other).count()) === 1 ? texts[1] : texts[0];
	for (const tab of [page, other]) await expect(field(tab)).toHaveValue(kept);
	await page.waitForTimeout(600);
	for (const tab of [page, other]) {
		await tab.reload();
		await expect(field(tab)).toHaveValue(kept);
	}
	return kept;
}

test('two tabs editing the same preparation: both changes are kept, and a clash is said, never silent', async ({
	page,
	context
}) => {
	const other = await twoTabs(page, context, '/stap/4');

	await hard(page).fill('Typed in the first tab.');
	await learn(other).fill('Typed in the second tab.');
	await page.waitForTimeout(600);
	for (const tab of [page, other]) {
		await tab.reload();
		await expect(hard(tab)).toHaveValue('Typed in the first tab.');
		await expect(learn(tab)).toHaveValue('Typed in the second tab.');
	}

	// The same field in both tabs at once. Whichever tab hears of the other's change while its own is not
	// saved yet keeps its own text and says so; then both tabs show that text (never two versions).
	// The second tab is still typing (a key every 40 ms, so its own save keeps waiting) when the first tab's
	// save arrives, 250 ms after the first tab's text: a clash every time, whatever the machine's load.
	await setAtOnce(hard(page), 'First tab again.');
	await hard(other).clear();
	await hard(other).pressSequentially('Second tab again.', { delay: 40 });
	await clashSettles(page, other, hard, ['First tab again.', 'Second tab again.']);
});

test('a full storage while typing: a notice, the file offered, and nothing typed lost', async ({ page }) => {
	await storePreparation(page, example);
	await open(page, `/p/${id}/stap/4`);
	// From now on the browser refuses every write, the way Chromium does when the site's storage is full.
	await page.evaluate(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await hard(page).fill('Typed while the storage is full.');
	const notice = page.getByRole('alert').filter({ hasText: 'geen ruimte meer om op te slaan' });
	await expect(notice).toBeVisible();
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Opslaan als bestand' }).click();
	const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	expect(saved.answers.picture.hard).toBe('Typed while the storage is full.');

	// Room again (a new page load): the journal gives back what storage could not take.
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	await expect(hard(page)).toHaveValue('Typed while the storage is full.');
});

test('a date changed in one tab shows in the other, which never puts its old date back', async ({
	page,
	context
}) => {
	const other = await twoTabs(page, context, '/stap/10');
	const day = (tab: Page) => tab.locator('#evaluation-date');
	await expect(day(other)).toHaveValue('28');

	await day(page).fill('21');
	await expect(day(other)).toHaveValue('21');
	await page.waitForTimeout(1000);
	const stored = (tab: Page) =>
		tab.evaluate(
			(key) => JSON.parse(localStorage.getItem(key)!).answers.evaluation.proposedDate,
			`gesprekswijzer:prep:${id}`
		);
	expect(await stored(page)).toBe('2027-01-21');
	expect(await stored(other)).toBe('2027-01-21');
	for (const tab of [page, other]) {
		await tab.reload();
		await expect(day(tab)).toHaveValue('21');
	}
});

test('two tabs saving at the same moment keep both changes, and a clash in one field is said', async ({
	page,
	context
}) => {
	const other = await twoTabs(page, context, '/stap/4');
	// Both typed in the same instant, so both save in the same instant: neither hears of the other first.

	await Promise.all([
		setAtOnce(hard(page), 'Hard, from the first tab.'),
		setAtOnce(learn(other), 'Learn, second tab.')
	]);
	for (const tab of [page, other]) {
		await expect(hard(tab)).toHaveValue('Hard, from the first tab.');
		await expect(learn(tab)).toHaveValue('Learn, second tab.');
	}

	await Promise.all([
		setAtOnce(hard(page), 'Same field, first tab.'),
		setAtOnce(hard(other), 'Same field, second tab.')
	]);
	await clashSettles(page, other, hard, ['Same field, first tab.', 'Same field, second tab.']);
	for (const tab of [page, other]) await expect(learn(tab)).toHaveValue('Learn, second tab.');
});
