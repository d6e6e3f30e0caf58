/**
 * Every page with every word 40 % longer (a pseudo-language the parent is never offered): nothing gets
 * wider than a 320 px phone and no text is cut off. Translations run longer than the Dutch and English
 * they come from, and it is their long words that do not fit.
 */
import { readFileSync } from 'node:fs';
import { expect, chooseLanguage, open, storePreparation, test } from './fixtures';
import { layoutProblems } from './layout';
import { everyPage } from './pages';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

/** Accented look-alikes: the text stays readable, and a text without them did not come from the messages. */
const ACCENTED: Record<string, string> = {
	a: 'á',
	e: 'é',
	i: 'í',
	o: 'ö',
	u: 'ü',
	c: 'ç',
	n: 'ñ',
	s: 'š',
	z: 'ž'
};
/** Long words as translations have them: Polish and Ukrainian words of 15 to 20 letters, a Dutch compound of 31. */
const LONGER = ' ónderwíjšbégeléíder ñajprawdópodóbñiéj öñtwíkkélíñgšpéršpéçtíéfpláññéñ zórgvuldígheíd ';

/** The text 40 % longer, its `{placeholders}` kept. */
export function longer(text: string): string {
	const accented = text
		.split(/(\{\w+\})/)
		.map((part, i) => (i % 2 ? part : part.replace(/[a-z]/g, (c) => ACCENTED[c] ?? c)))
		.join('');
	const extra = Math.ceil(text.length * 0.4);
	const start = text.length % LONGER.length;
	return `${accented} ${LONGER.repeat(Math.ceil(extra / LONGER.length) + 1).slice(start, start + extra - 1)}`;
}

test.use({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });

test('with every word 40 % longer, no page is wider than 320 px and no text is cut off', async ({ page }) => {
	test.setTimeout(180_000);
	await page.route('**/words-en.*.json', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, json: ((await response.json()) as string[]).map(longer) });
	});
	await storePreparation(page, example);
	await chooseLanguage(page, 'English');
	const en = JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8'));
	for (const path of everyPage(id)) {
		await open(page, path);
		// The longer words are the ones shown (the saved list on the start page comes after the first paint).
		await expect(page.locator('footer p')).toHaveText(longer(en.footer_privacy));
		if (path === '/') await page.locator('#saved h2').waitFor();
		expect(await layoutProblems(page), path).toEqual([]);
	}
});

test('the pseudo-language is 40 % longer, keeps its placeholders and has long words', () => {
	const text = 'Continue with {title}';
	const long = longer(text);
	expect(long.length).toBe(text.length + Math.ceil(text.length * 0.4));
	expect(long).toContain('{title}');
	expect(long.startsWith('Cöñtíñüé wíth {title}')).toBe(true);
	expect(longer('Stap')).toMatch(/^Stáp \S$/);
});

test('the measure finds what does not fit: too wide, sticking out where no scrolling reaches, cut off, spilling over', async ({
	page
}) => {
	const phone = '<meta name="viewport" content="width=device-width"><body style="margin:0">';
	await page.setContent(`<html dir="rtl">${phone}
		<p style="margin-right:-40px">out on the right of a right-to-left page</p>
		<button style="width:80px;white-space:nowrap;overflow:hidden">a label that does not fit</button>
		<a style="display:block;width:60px" href="#">Onderwijsbegeleidingsdienst</a>
		<button style="width:80px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">ends in an ellipsis</button>`);
	expect(await layoutProblems(page)).toEqual([
		'<p> “out on the right of a right-to-left page” sticks out: 0 to 360 px',
		expect.stringMatching(/^<button> “a label that does not fit” is cut off: \d+ px of text in 76$/),
		expect.stringMatching(/^<a> “Onderwijsbegeleidingsdienst” is cut off: \d+ px of text in 60$/)
	]);
	await page.setContent(`<html>${phone}<div style="width:400px">wider than the screen</div>`);
	expect(await layoutProblems(page)).toEqual([
		'the page is 400 px wide on a screen of 320',
		'<div> “wider than the screen” sticks out: 0 to 400 px'
	]);
});
