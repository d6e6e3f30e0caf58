/** Keyboard-only helpers: reach a control with Tab, as a person without a mouse does, then type or press. */
import { expect, type Page } from '@playwright/test';

/** Presses Tab until the element matching `selector` has focus; fails when it is never reached. */
export async function tabTo(page: Page, selector: string, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

export async function typeAt(page: Page, selector: string, text: string) {
	await tabTo(page, selector);
	await page.keyboard.type(text);
}

export async function pressAt(page: Page, selector: string, key = 'Enter') {
	await tabTo(page, selector);
	await page.keyboard.press(key);
}

/** Presses the form's primary button with the keyboard and waits for the next page's heading. */
export async function submitTo(page: Page, heading: string | RegExp) {
	await pressAt(page, 'form button[type="submit"]');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}
