/** What does not fit a phone's screen, measured in the page as it is. */
import type { Page } from '@playwright/test';

/**
 * Each thing that does not fit, named: the page wider than the screen; an element sticking out of the
 * screen on either side (what sticks out on the side where lines start, the right of an Arabic page, cannot
 * be scrolled to, so the page's width alone misses it); text wider than its own box, cut off where the box clips or does not wrap,
 * spilling over its edge where it does not. Every closed <details> is opened while measuring, so that what it holds
 * is measured too.
 *
 * Allowed, because they are meant so: form fields (a closed <select> shows its choice on one line, the whole
 * label in its list; a box scrolls what was typed) and a one-line button that ends in "…"
 * (`text-overflow: ellipsis`, "Verder met …"), whose accessible name is its whole text.
 */
export function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const closed = [...document.querySelectorAll('details')].filter((details) => !details.open);
		for (const details of closed) details.open = true;
		const width = document.documentElement.clientWidth;
		const problems: string[] = [];
		const pageWidth = document.documentElement.scrollWidth;
		if (pageWidth > width) problems.push(`the page is ${pageWidth} px wide on a screen of ${width}`);
		const named = (el: Element) =>
			`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${(el.textContent ?? '').trim().slice(0, 50)}”`;
		for (const el of document.body.querySelectorAll('*')) {
			// Off the screen on purpose: the skip link until it has focus, text for screen readers only.
			if (el.closest('.skip-link, .visually-hidden')) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			if (box.left < -1 || box.right > width + 1) {
				problems.push(`${named(el)} sticks out: ${Math.round(box.left)} to ${Math.round(box.right)} px`);
			}
			const style = getComputedStyle(el);
			if (
				el.matches('button, a, label, summary, legend, h1, h2, h3, h4, p, li, dt, dd, th, td, span') &&
				style.display !== 'inline' &&
				style.textOverflow !== 'ellipsis' &&
				el.scrollWidth > el.clientWidth + 1
			) {
				problems.push(`${named(el)} is cut off: ${el.scrollWidth} px of text in ${el.clientWidth}`);
			}
		}
		for (const details of closed) details.open = false;
		return problems;
	});
}
