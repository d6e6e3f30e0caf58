/**
 * The whole path of a new parent, the same in every engine: start page, new preparation, the details,
 * the ten steps and the agenda with a marker word in each, the check page, both PDFs downloaded with the
 * buttons and read back with pdftotext, a reload that keeps the work, "Na het gesprek" with an agreement,
 * and the language menu to Arabic (right to left) and back. Returns the PDFs' text for the test to check.
 */
import { execFileSync } from 'node:child_process';
import { until, type Engine } from './engine';

/** One word per place the parent types, unlike any word the app itself shows. */
export const MARKERS = {
	child: 'Zwaluwkind',
	place: 'Kompasplein',
	purpose: 'Doelzwaluw',
	school: 'Juf Merelmans',
	goesWell: 'Goedvlinder',
	picture: 'Beeldkiwi',
	homeSchool: 'Thuisotter',
	childVoice: 'Wensdolfijn',
	expectations: 'Verwachtpinguin',
	wish: 'Haalbaarlynx',
	agreement: 'Afspraakuil',
	evaluation: 'Verslagbever',
	topic: 'Onderwerpvalk',
	question: 'Vraagmarmot',
	after: 'Nagesprekreiger'
} as const;

const AGENDA = 'zwaluwkind-agenda-2026-12-03.pdf';
const SHEET = 'zwaluwkind-afspraken-2026-12-03.pdf';

const h1 = (engine: Engine) => engine.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');

async function heading(engine: Engine, text: string) {
	try {
		await until(
			engine,
			`the heading "${text}"`,
			(t) => document.querySelector('h1')?.textContent?.trim() === t,
			text
		);
	} catch (error) {
		const where = await engine.evaluate(
			() => `${location.pathname}, heading "${document.querySelector('h1')?.textContent?.trim()}"`
		);
		throw new Error(`${engine.name}: expected the heading "${text}" at ${where}`, { cause: error });
	}
}

/** Clicks the element matching `css` whose text is `text`, as a person finds a link or button by its words. */
async function clickText(engine: Engine, css: string, text: string) {
	const mark = await until(
		engine,
		`"${text}" (${css})`,
		(selector, words) => {
			const found = [...document.querySelectorAll<HTMLElement>(selector)].find(
				(el) => el.textContent?.replace(/\s+/g, ' ').trim() === words && el.offsetParent !== null
			);
			if (!found) return '';
			found.dataset.engineWalk = String(Math.random()).slice(2);
			return found.dataset.engineWalk;
		},
		css,
		text
	);
	await engine.click(`[data-engine-walk="${mark}"]`);
}

/** The form's own button, then the next page's heading. */
async function next(engine: Engine, nextHeading: string) {
	await engine.click('main form button[type="submit"]');
	await heading(engine, nextHeading);
}

/** Adds a row with the button `add`, then types into the new (last) field matching `field`. */
async function addAndType(engine: Engine, add: string, field: string, text: string) {
	const before = await engine.evaluate((css) => document.querySelectorAll(css).length, field);
	await engine.click(add);
	await until(
		engine,
		`a new ${field}`,
		(css, n) => {
			const all = document.querySelectorAll(css);
			if (all.length <= n) return false;
			all[all.length - 1]!.setAttribute('data-engine-new', '');
			return true;
		},
		field,
		before
	);
	await engine.type('[data-engine-new]', text);
	await engine.evaluate(() =>
		document.querySelector('[data-engine-new]')?.removeAttribute('data-engine-new')
	);
}

export function pdfText(bytes: Buffer): string {
	return execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
}

/** Clicks a download button, waits for the app's "done" message and returns the file's text. */
async function download(engine: Engine, button: string, name: string): Promise<string> {
	await clickText(engine, 'main button', button);
	const bytes = await engine.downloaded(name);
	await until(
		engine,
		`the message that ${name} is ready`,
		(n) => document.querySelector('main')?.textContent?.includes(`Klaar: ${n}`),
		name
	);
	return pdfText(bytes);
}

export interface Documents {
	/** The preparation's own address, /p/<id>. */
	preparation: string;
	agenda: string;
	/** The agreement sheet before the meeting, and after "Na het gesprek". */
	sheet: string;
	sheetAfter: string;
}

export async function walk(engine: Engine, origin: string): Promise<Documents> {
	await engine.goto(`${origin}/`);
	await until(engine, 'the app to start', () => document.body.dataset.hydrated === 'true');
	await clickText(engine, 'main a', 'Nieuw gesprek voorbereiden');
	await engine.type('#child-name', MARKERS.child);
	await engine.click('input[name="meeting-type"]');
	await engine.type('#meeting-date', '3');
	await engine.type('#meeting-date-month', '12');
	await engine.type('#meeting-date-year', '2026');
	await clickText(engine, 'main button', 'Begin met voorbereiden');
	await heading(engine, 'Overzicht van uw voorbereiding');

	await clickText(engine, 'main a', 'Gegevens van het gesprek');
	await heading(engine, 'Gegevens van het gesprek');
	await engine.type('#meeting-place', MARKERS.place);
	await clickText(engine, 'main a', 'Naar het overzicht');
	await heading(engine, 'Overzicht van uw voorbereiding');

	await engine.click('main a.button.primary');
	await heading(engine, 'Doel van het gesprek');
	await engine.type('#purpose-why', MARKERS.purpose);
	await next(engine, 'Wie zijn erbij');
	await addAndType(engine, '#people-school-add', 'input[id$="-name"]', MARKERS.school);
	await next(engine, 'Wat gaat goed');
	await engine.type('#goesWell-atHome', MARKERS.goesWell);
	await next(engine, 'Beeld van uw kind');
	await engine.type('#picture-hard', MARKERS.picture);
	await next(engine, 'Thuis en school');
	await engine.type('#homeSchool-seeAtHome', MARKERS.homeSchool);
	await next(engine, 'Uw kind aan het woord');
	await engine.type('#childVoice-wish', MARKERS.childVoice);
	await next(engine, 'Verwachtingen');
	await engine.type('#expectations-ofSchool', MARKERS.expectations);
	await next(engine, 'Haalbaarheid');
	await addAndType(engine, '#wishes-add', 'textarea[id$="-wish"]', MARKERS.wish);
	await next(engine, 'SMART-afspraken');
	await addAndType(engine, '#agreements-add', 'textarea[id$="-what"]', MARKERS.agreement);
	await next(engine, 'Evaluatie en vervolg');
	await engine.type('#evaluation-whoWritesRecord', MARKERS.evaluation);
	await next(engine, 'Uw agenda');
	await addAndType(engine, '#concern-add', 'ol.topics textarea', MARKERS.topic);
	await addAndType(engine, '#questions-add', '[id^="questions-"]:is(textarea, input)', MARKERS.question);
	await next(engine, 'Controleer uw antwoorden');

	const typed = Object.values(MARKERS).filter((word) => word !== MARKERS.after);
	const shown = async () => engine.evaluate(() => document.querySelector('main')?.innerText ?? '');
	const missing = async () => {
		const text = await shown();
		return typed.filter((word) => !text.includes(word));
	};
	if ((await missing()).length) throw new Error(`check page lacks ${(await missing()).join(', ')}`);

	const agenda = await download(engine, 'Agenda downloaden (PDF, 1 bladzijde)', AGENDA);
	const sheet = await download(engine, 'Afsprakenblad downloaden (PDF)', SHEET);

	await engine.reload();
	await heading(engine, 'Controleer uw antwoorden');
	// Reloaded, the page is in the hands of the service worker: the copy that works offline.
	await until(
		engine,
		'the service worker to control the page',
		() => navigator.serviceWorker?.controller?.state === 'activated'
	);
	if ((await missing()).length)
		throw new Error(`after a reload the check page lacks ${(await missing()).join(', ')}`);

	await clickText(engine, 'main a', 'Naar het overzicht');
	await heading(engine, 'Overzicht van uw voorbereiding');
	await clickText(engine, 'main a', 'Na het gesprek');
	await heading(engine, 'Na het gesprek');
	await addAndType(engine, '#made-add', '#made textarea[id$="-what"]', MARKERS.after);
	await engine.reload();
	await heading(engine, 'Na het gesprek');
	await until(
		engine,
		'the agreement after a reload',
		(word) => [...document.querySelectorAll('textarea')].some((t) => t.value === word),
		MARKERS.after
	);
	const sheetAfter = await download(engine, 'Afsprakenblad downloaden (PDF)', SHEET);

	await engine.click('header summary');
	await engine.click('header button[lang="ar"]');
	await until(
		engine,
		'Arabic, right to left',
		() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'
	);
	const arabic = await h1(engine);
	if (!/^[\u0600-\u06ff\s]+$/.test(arabic)) throw new Error(`the heading in Arabic is "${arabic}"`);
	await engine.click('header summary');
	await engine.click('header button[lang="nl"]');
	await until(
		engine,
		'Dutch, left to right',
		() => document.documentElement.dir !== 'rtl' && document.documentElement.lang === 'nl'
	);
	await heading(engine, 'Na het gesprek');
	const preparation = await engine.evaluate(() => /^\/p\/[^/]+/.exec(location.pathname)?.[0] ?? '');
	return { preparation, agenda, sheet, sheetAfter };
}
