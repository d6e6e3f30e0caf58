/**
 * "Lees voor": a step read aloud with a voice on the device only, never a network voice; the parent's
 * answers only when the button beside one is pressed. The device's speech is a stand-in that records
 * what it is asked to say and lists its voices late, as Chrome does.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, open, storePreparation, test } from './fixtures';

const daan = readFileSync(new URL('../examples/daan-opp-bespreking.json', import.meta.url), 'utf8');
const id = JSON.parse(daan).id;
const answers = JSON.parse(daan).answers.goesWell;
const ANSWERS = [
	answers.strengths[0].text,
	answers.strengths[1].text,
	answers.atHome,
	answers.atSchool,
	answers.appreciate
];

interface StandInVoice {
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}
interface Said {
	text: string;
	lang: string;
	voice: string | null;
}
interface Log {
	said: Said[];
	cancels: number;
	listed: boolean;
}

/** Runs in the page before the app: the device's speech, recorded. Utterances last until `finish()`. */
function standIn(voices: StandInVoice[]) {
	type Utterance = {
		text: string;
		lang: string;
		voice: StandInVoice | null;
		onend?: () => void;
		onerror?: () => void;
	};
	const log: Log = { said: [], cancels: 0, listed: false };
	let queue: Utterance[] = [];
	class Synth extends EventTarget {
		get speaking() {
			return queue.length > 0;
		}
		get pending() {
			return queue.length > 1;
		}
		readonly paused = false;
		getVoices() {
			return log.listed ? voices : [];
		}
		speak(u: Utterance) {
			log.said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
			queue.push(u);
		}
		cancel() {
			log.cancels++;
			const cut = queue;
			queue = [];
			for (const u of cut) u.onerror?.();
		}
		pause() {}
		resume() {}
		// As in Chrome: no voices at first; they come with a `voiceschanged` event once the page listens.
		override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
			super.addEventListener(...args);
			if (args[0] === 'voiceschanged' && !log.listed)
				setTimeout(() => {
					log.listed = true;
					this.dispatchEvent(new Event('voiceschanged'));
				}, 50);
		}
	}
	Object.defineProperty(window, 'speechSynthesis', { value: new Synth(), configurable: true });
	Object.assign(window, {
		SpeechSynthesisUtterance: class {
			lang = '';
			voice = null;
			onend = null;
			onerror = null;
			constructor(public text: string) {}
		},
		speechLog: log,
		finishSpeaking: () => {
			const done = queue;
			queue = [];
			for (const u of done) u.onend?.();
		}
	});
}

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
	name,
	lang,
	localService,
	default: isDefault
});
/** One local and one network voice for each language; the network one is the device's default. */
const BOTH = [
	voice('Netwerkstem', 'nl-NL', false, true),
	voice('Lokale stem', 'nl-NL', true),
	voice('Network voice', 'en-GB', false),
	voice('Local voice', 'en-GB', true)
];
/** Dutch only from the network, English on the device too. */
const NO_LOCAL_DUTCH = [voice('Netwerkstem', 'nl-NL', false, true), voice('Local voice', 'en-GB', true)];

const log = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: Log }).speechLog);
const said = async (page: Page) => (await log(page)).said;
const finish = (page: Page) =>
	page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());

/** The device with these voices, and Daan's preparation stored. */
async function device(page: Page, voices: StandInVoice[]) {
	await page.addInitScript(standIn, voices);
	await storePreparation(page, daan);
}

async function openStep(page: Page, n: number) {
	await open(page, `/p/${id}/stap/${n}`);
	// The voices are listed by now, so whatever the page shows for them is there.
	await page.waitForFunction(() => (window as unknown as { speechLog?: Log }).speechLog?.listed);
	await page.evaluate(() => new Promise(requestAnimationFrame));
}

const STEP_3 = [
	'Wat gaat goed',
	'Elk kind heeft sterke kanten. Begin het gesprek met wat goed gaat. Dat geeft iedereen vertrouwen. En wat goed werkt, kunt u vaker doen.',
	'Waar is uw kind goed in?',
	"Denk aan karakter, hobby's en vakken.",
	'Wanneer gaat het thuis goed?',
	'Wanneer gaat het op school goed?',
	'Wat waardeert u in de school of de leerkracht?',
	'Dit kunt u aan het begin van het gesprek zeggen.'
];

test('"Lees voor" reads the step’s title, intro and questions with the local Dutch voice, and stops', async ({
	page
}) => {
	await device(page, BOTH);
	await openStep(page, 3);
	const read = page.getByRole('button', { name: 'Lees voor', exact: true });
	await expect(read).toBeVisible();
	expect(await said(page), 'nothing is said before the parent asks').toEqual([]);
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	await read.focus();
	await page.keyboard.press('Enter');
	const stop = page.getByRole('button', { name: 'Stop met voorlezen' });
	await expect(stop).toBeFocused();
	await expect(stop).toHaveText('Stop');
	expect(await said(page)).toEqual(STEP_3.map((text) => ({ text, lang: 'nl-NL', voice: 'Lokale stem' })));

	await page.keyboard.press('Enter');
	await expect(read).toBeFocused();
	expect((await log(page)).cancels).toBe(1);

	// Read to the end: the button is itself again.
	await read.click();
	await expect(stop).toBeVisible();
	await finish(page);
	await expect(read).toBeVisible();
	expect((await said(page)).map((s) => s.voice)).not.toContain('Netwerkstem');
});

test('an answer is read only with the button beside it, and only that answer', async ({ page }) => {
	await device(page, BOTH);
	await openStep(page, 3);
	await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
	const texts = (await said(page)).map((s) => s.text).join('\n');
	for (const answer of ANSWERS) expect(texts).not.toContain(answer);

	// The reading of the step stops for the answer; the answer, alone, with the same local voice.
	await page.getByRole('button', { name: 'Lees mijn antwoord voor Wanneer gaat het thuis goed?' }).click();
	await expect(page.getByRole('button', { name: 'Lees voor', exact: true })).toBeVisible();
	const after = (await said(page)).slice(STEP_3.length);
	expect(after).toEqual([{ text: answers.atHome, lang: 'nl-NL', voice: 'Lokale stem' }]);

	// A list is read line by line; an emptied answer has no button.
	await page.getByRole('button', { name: 'Lees mijn antwoord voor Waar is uw kind goed in?' }).click();
	expect((await said(page)).slice(STEP_3.length + 1).map((s) => s.text)).toEqual(ANSWERS.slice(0, 2));
	await finish(page);
	const answerButtons = page.getByRole('button', { name: /^Lees mijn antwoord voor/ });
	await expect(answerButtons).toHaveCount(4);
	await page.getByLabel('Wanneer gaat het op school goed?').fill('');
	await expect(answerButtons).toHaveCount(3);
});

test('leaving the step, for the next one or another page, stops the reading', async ({ page }) => {
	await device(page, BOTH);
	await openStep(page, 3);
	await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
	await page.getByRole('button', { name: 'Doorgaan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beeld van uw kind');
	expect((await log(page)).cancels).toBe(1);
	await expect(page.getByRole('button', { name: 'Lees voor', exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
	await page.getByRole('link', { name: 'Naar het overzicht' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Overzicht van uw voorbereiding' })).toBeVisible();
	expect((await log(page)).cancels).toBe(2);
});

test('switching to English stops the Dutch reading; the step is then read with the local English voice', async ({
	page
}) => {
	await device(page, BOTH);
	await openStep(page, 3);
	await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
	await chooseLanguage(page, 'English');
	const read = page.getByRole('button', { name: 'Read aloud', exact: true });
	await expect(read).toBeVisible();
	expect((await log(page)).cancels).toBe(1);

	await read.click();
	const english = (await said(page)).slice(STEP_3.length);
	expect(english[0]).toEqual({ text: 'What goes well', lang: 'en-GB', voice: 'Local voice' });
	expect(new Set(english.map((s) => s.voice))).toEqual(new Set(['Local voice']));
	await expect(page.getByRole('button', { name: 'Stop reading aloud' })).toHaveText('Stop');
});

test('without a local voice for the language there is no button, and the help page says how to add one', async ({
	page
}) => {
	await device(page, NO_LOCAL_DUTCH);
	await openStep(page, 3);
	await expect(page.getByRole('button', { name: /Lees voor|Lees mijn antwoord voor/ })).toHaveCount(0);

	await page.locator('.more-help').getByRole('link', { name: 'Hulp voor ouders' }).click();
	const section = page.locator('section', { has: page.getByRole('heading', { name: 'Voorlezen' }) });
	await expect(section).toContainText('Ziet u die knop niet?');
	await expect(section.getByRole('listitem')).toHaveText([/^Android/, /^iPhone of iPad/, /^Windows/]);

	// The same page in English, where the device has a voice of its own: the button is there.
	await page.goBack();
	await chooseLanguage(page, 'English');
	await expect(page.getByRole('button', { name: 'Read aloud', exact: true })).toBeVisible();
	expect(await said(page)).toEqual([]);
});

test('the privacy page says reading aloud uses only voices on the device', async ({ page }) => {
	await open(page, '/privacy');
	await expect(page.locator('main')).toContainText(
		'Dan gebruikt Gesprekswijzer alleen een stem op uw eigen apparaat. De tekst gaat niet naar internet.'
	);
});

for (const width of [320, 390]) {
	test(`at ${width} px the button sits beside the step number, reading or not, without sideways scrolling`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await device(page, BOTH);
		for (const n of [3, 10]) {
			await openStep(page, n);
			const caption = page.getByText(`Stap ${n} van 10`, { exact: true });
			const read = page.getByRole('button', { name: 'Lees voor', exact: true });
			const top = async () => [(await caption.boundingBox())!.y, (await read.boundingBox())!.y];
			const [captionTop, buttonTop] = await top();
			// To look at: the button beside the step's content, before and while reading.
			if (n === 3) await page.screenshot({ path: test.info().outputPath(`step-${n}-${width}.png`) });
			expect(Math.abs(captionTop! - buttonTop!)).toBeLessThan(16);
			await read.click();
			const stop = page.getByRole('button', { name: 'Stop met voorlezen' });
			expect((await stop.boundingBox())!.y).toBeCloseTo(buttonTop!, 0);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			if (n === 3) await page.screenshot({ path: test.info().outputPath(`step-${n}-${width}-reading.png`) });
			await stop.click();
		}
	});
}
