import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startJs } from '../scripts/js-weight.js';
import { expect, open, storePreparation, test } from './fixtures';
import { onDemandFiles } from './on-demand';
import { firstVisit } from './wire';

/**
 * The start page's first JavaScript, gzipped: it stays within 40 KB, so that a parent on a slow phone sees
 * the page at once.
 */
const START_JS_BUDGET = 40_000;

test('the start page’s first JavaScript stays within 40 KB gzipped', async ({ page }) => {
	const { gzip, paths } = startJs();
	expect(gzip, `start page JavaScript: ${gzip} bytes gzipped`).toBeLessThanOrEqual(START_JS_BUDGET);

	// The files measured are the ones the browser really loads for the start page.
	const requested = new Set<string>();
	page.on('request', (request) => requested.add(new URL(request.url()).pathname));
	await page.goto('/');
	await page.locator('body[data-hydrated="true"]').waitFor();
	expect(paths.filter((path) => !requested.has(path))).toEqual([]);
});

/**
 * What the first document loads on the overview of a preparation: pdf-lib, fontkit and our document code.
 * src/lib/pdf/slim leaves out the parts of pdf-lib and fontkit that the app never runs, about half of this
 * code (docs/pdf.md); the budget keeps them from coming back unseen.
 */
const PDF_JS_BUDGET = 180_000;

test('the PDF code that the first document loads stays within 180 KB gzipped', async ({ page }) => {
	const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
	await storePreparation(page, example);
	await open(page, `/p/${JSON.parse(example).id}`);
	await page.waitForLoadState('networkidle');
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Agenda downloaden/ }).click();
	await download;
	const scripts = requested.filter((path) => path.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	const build = new URL('../build', import.meta.url).pathname;
	const gzip = scripts.reduce(
		(sum, path) => sum + gzipSync(readFileSync(build + path), { level: 9 }).length,
		0
	);
	expect(gzip, `PDF code: ${gzip} bytes gzipped`).toBeLessThanOrEqual(PDF_JS_BUDGET);
});

/**
 * What a document with Arabic text adds to the first document: the Arabic font's two weights and the code
 * that draws right-to-left text, gzipped. A Latin preparation never loads them (e2e/documents.test.ts).
 */
const ARABIC_BUDGET = 100_000;

test('the Arabic font and its code add at most 100 KB gzipped, only for text in Arabic script', () => {
	const build = new URL('../build', import.meta.url).pathname;
	const arabic = onDemandFiles().filter((path) => !path.includes('Ethiopic'));
	expect(arabic).toHaveLength(3);
	const gzip = arabic.reduce(
		(sum, path) => sum + gzipSync(readFileSync(build + path), { level: 9 }).length,
		0
	);
	expect(gzip, `Arabic: ${gzip} bytes gzipped`).toBeLessThanOrEqual(ARABIC_BUDGET);
});

test('README.md states the start page’s JavaScript as it is measured (within 1 %)', () => {
	const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
	const stated = /Start page ✓: ([\d,]+) bytes of JavaScript gzipped/.exec(readme)?.[1];
	expect(stated, 'the figure in README.md').toBeTruthy();
	const { gzip } = startJs();
	expect(Math.abs(Number(stated!.replaceAll(',', '')) - gzip) / gzip).toBeLessThan(0.01);
});

/**
 * A parent's first visit over the wire: the start page, what it loads, and the service worker's offline
 * copy of the whole app (pages, code, styles, the PDF code and its fonts), as the browser receives it,
 * compressed. On a prepaid phone plan this is what trying the app costs.
 */
const FIRST_VISIT_BUDGET = 600_000;

test('a parent’s first visit, with the offline copy, stays within 600 KB over the wire', async ({
	context
}) => {
	const visit = await firstVisit(context, '/');
	const figures = `${visit.bytes} bytes in ${visit.responses} responses (bodies ${visit.bodies})`;
	// The offline copy was fetched: without it the figure would say nothing.
	expect(visit.responses, figures).toBeGreaterThan(100);
	expect(visit.bytes, figures).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
});
