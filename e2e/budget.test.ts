import { readFileSync } from 'node:fs';
import { startJs } from '../scripts/js-weight.js';
import { expect, test } from './fixtures';

/** The budget of issue 7 and of ../shared/ux.md: the start page's first JavaScript, gzipped. */
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

test('README.md states the start page’s JavaScript as it is measured (within 1 %)', () => {
	const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
	const stated = /Start page ✓: ([\d,]+) bytes of JavaScript gzipped/.exec(readme)?.[1];
	expect(stated, 'the figure in README.md').toBeTruthy();
	const { gzip } = startJs();
	expect(Math.abs(Number(stated!.replaceAll(',', '')) - gzip) / gzip).toBeLessThan(0.01);
});
