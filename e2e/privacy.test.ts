import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, open, startPreparation, test } from './fixtures';

const build = new URL('../build/', import.meta.url);
/**
 * The directives a <meta> policy may use: those every engine knows. WebKit (WebKitGTK 2.50) reports
 * `manifest-src` as a security error on every load; `frame-ancestors` is ignored in a <meta>.
 */
const EVERY_ENGINE = [
	'default-src',
	'script-src',
	'style-src',
	'img-src',
	'font-src',
	'connect-src',
	'worker-src',
	'object-src',
	'base-uri',
	'form-action'
];

test('every built page carries a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts', async ({
	request
}) => {
	const pages = readdirSync(build).filter((name) => name.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(10);
	for (const name of pages) {
		const html = readFileSync(new URL(name, build), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy, name).toBeTruthy();
		const directives = new Map(
			policy!
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([k, ...v]) => [k, v])
		);
		expect(
			[...directives.keys()].filter((key) => !EVERY_ENGINE.includes(key!)),
			name
		).toEqual([]);
		const scripts = directives.get('script-src')!;
		expect(scripts, name).toContain("'self'");
		expect(scripts.join(' '), name).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
		expect(directives.get('default-src'), name).toEqual(["'self'"]);
		expect(directives.get('object-src'), name).toEqual(["'none'"]);
		// Inline start-up scripts run only by their hash.
		expect(
			scripts.some((s) => s.startsWith("'sha256-")),
			name
		).toBe(true);
	}
	// What a <meta> cannot carry comes as headers from the server.
	const response = await request.get('/');
	expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(response.headers()['x-frame-options']).toBe('DENY');
	expect(response.headers()['set-cookie']).toBeUndefined();
});

/** Every place a browser keeps data for this site, as text: storage, databases, caches. */
async function everythingKept(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const found: string[] = [];
		for (const storage of [localStorage, sessionStorage]) {
			for (let i = 0; i < storage.length; i++) found.push(storage.key(i)!, storage.getItem(storage.key(i)!)!);
		}
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const name of db.objectStoreNames) {
				const all = await new Promise<unknown[]>((resolve) => {
					const request = db.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => resolve(request.result);
				});
				found.push(info.name!, name, JSON.stringify(all));
			}
			db.close();
		}
		for (const name of await caches.keys()) {
			found.push(name);
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				found.push(request.url, await (await cache.match(request))!.text());
			}
		}
		return found.join('\n');
	});
}

test('“Alles wissen” leaves nothing the parent typed in storage, databases or caches', async ({ page }) => {
	const marker = 'Merkwaardig-7781';
	await startPreparation(page, marker, 'Zorggesprek', ['3', '12', '2026']);
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await page.getByLabel('Waar is het gesprek?').fill(`Lokaal ${marker}`);
	await page.getByRole('link', { name: 'Naar het overzicht' }).first().click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	await download;
	await page.evaluate(() => navigator.serviceWorker.ready);
	const kept = async (text: string) => (await everythingKept(page)).includes(text);
	await expect.poll(() => kept(marker)).toBe(true);
	expect(await kept('gesprekswijzer-app-')).toBe(true); // the worker's cache of the app is searched too

	await open(page, '/wissen');
	await page.getByRole('button', { name: 'Alles wissen' }).click();
	await page.getByRole('button', { name: 'Ja, wis alles' }).click();
	await expect(page.getByText('Alles is gewist')).toBeVisible();
	expect(await kept(marker)).toBe(false);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

	// The app comes back (and keeps itself for offline use again), still without a trace of the parent.
	await open(page, '/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect(page.getByRole('heading', { name: 'Verder met een voorbereiding' })).toHaveCount(0);
	expect(await kept('gesprekswijzer-app-')).toBe(true);
	expect(await kept(marker)).toBe(false);
});
