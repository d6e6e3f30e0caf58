/**
 * Nothing moves after the first paint (a cumulative layout shift of 0): a parent about to tap a link must
 * not see it jump away. Every layout shift the browser reports while a page loads is summed, with what moved.
 */
import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id as string;

const PAGES = ['/', `/p/${id}`, `/p/${id}/stap/1`, `/p/${id}/stap/9`, `/p/${id}/controleren`, '/nieuw'];

for (const width of [320, 412]) {
	test(`no page moves while it loads, at ${width} px wide, with a preparation stored`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.addInitScript(() => {
			const shifts: { value: number; moved: string[] }[] = [];
			(window as unknown as { shifts: typeof shifts }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					sources?: { node?: Node | null }[];
				})[]) {
					const moved = (entry.sources ?? []).map((source) => {
						const node = source.node as Element | null | undefined;
						return node?.outerHTML?.slice(0, 80) ?? String(node?.nodeName);
					});
					shifts.push({ value: entry.value, moved });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await storePreparation(page, example);
		for (const path of PAGES) {
			await open(page, path);
			await page.waitForLoadState('networkidle');
			// The stored part of the start page and the lazily loaded notices appear after the first paint.
			await page.waitForTimeout(500);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
			expect(shifts, `layout shifts on ${path}`).toEqual([]);
		}
	});
}
