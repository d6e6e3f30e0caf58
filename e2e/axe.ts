/** axe-core on the page as it is now: no violation of WCAG 2.2 AA (and of the levels below it). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoViolations(page: Page, label: string) {
	const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(found, label).toEqual([]);
}
