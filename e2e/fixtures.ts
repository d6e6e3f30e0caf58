/**
 * The test fixture every end-to-end test uses: a phone-sized Chromium page that records every request
 * and fails the test when one goes to another origin, when the Content-Security-Policy blocks anything,
 * or when a cookie is set.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ baseURL, context }, use) => {
			const foreign: string[] = [];
			const violations: string[] = [];
			const own = new URL(baseURL!).origin;
			// Every page and worker of the context, not only the first page.
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== own) foreign.push(request.url());
			});
			context.on('console', (message) => {
				if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
				);
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
			expect(await context.cookies(), 'cookies').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Opens a page of the app and waits until Svelte has taken over, so clicks are handled, and until the page
 * shows its heading (a preparation's pages render once its data is read).
 */
export async function open(page: Page, path = '/') {
	await page.goto(path);
	await page.locator('body[data-hydrated="true"]').waitFor();
	await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** Opens the app and stores a preparation file's text, as if the parent had imported it. */
export async function storePreparation(page: Page, text: string) {
	await open(page, '/');
	const key = `gesprekswijzer:prep:${JSON.parse(text).id}`;
	await page.evaluate(([k, value]) => localStorage.setItem(k, value), [key, text]);
}

/** Fills in the start form and lands on the new preparation's overview. */
export async function startPreparation(
	page: Page,
	name: string,
	type: string,
	date: [string, string, string]
) {
	await open(page, '/');
	await startFromHere(page, name, type, date);
}

/** The same from the start page already open, without loading a page (client-side navigation only). */
export async function startFromHere(page: Page, name: string, type: string, date: [string, string, string]) {
	await page.getByRole('link', { name: 'Nieuw gesprek voorbereiden' }).click();
	await page.getByLabel('Voornaam van uw kind').fill(name);
	await page.getByLabel(type).check();
	await page.getByLabel('Dag', { exact: true }).fill(date[0]);
	await page.getByLabel('Maand', { exact: true }).fill(date[1]);
	await page.getByLabel('Jaar', { exact: true }).fill(date[2]);
	await page.getByRole('button', { name: 'Begin met voorbereiden' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Overzicht van uw voorbereiding' })).toBeVisible();
}

/** Chooses a language in the header's menu, by its name in itself ("English", "Türkçe"), and waits for it. */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
	await page.locator('header summary').click();
	await page.locator('header').getByRole('button', { name, exact: true }).click();
	await expect(page.locator('header summary')).toContainText(name);
}
