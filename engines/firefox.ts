/**
 * Firefox ESR (Debian's firefox-esr) driven over WebDriver BiDi, the protocol Firefox speaks itself, with
 * puppeteer-core: no geckodriver and no browser download. Console messages and uncaught errors arrive over
 * BiDi's log module, which also carries Firefox's own Content-Security-Policy reports.
 */
import { existsSync, rmSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Engine } from './engine';
import { finishedFile, tempDir } from './files';
import { watchPage, recorded } from './watch';

export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));

export async function launchFirefox(): Promise<Engine> {
	if (!FIREFOX) throw new Error('Firefox ESR is not installed (Debian: apt-get install firefox-esr).');
	const downloads = tempDir('firefox-downloads');
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: {
			// Downloads go straight into a folder of the test's own, as a parent's go to "Downloads".
			'browser.download.dir': downloads,
			'browser.download.folderList': 2,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
			'browser.download.open_pdfs_in_new_tab': false,
			'pdfjs.disabled': true
		}
	});
	const page: Page = await browser.newPage();
	await page.setViewport({ width: 412, height: 915 });
	const problems: string[] = [];
	page.on('console', (message) => {
		if (['error', 'warn'].includes(message.type()))
			problems.push(`${page.url()}: console.${message.type()} ${message.text()}`);
	});
	page.on('pageerror', (error) =>
		problems.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`)
	);
	// Before the page's own scripts, on every load: violations are noted by the page as well.
	await page.evaluateOnNewDocument(watchPage, false);

	/**
	 * Leaves a page only once it has no request in flight. Firefox reports every load it cuts off when a page
	 * is left as an error of that page ("error loading dynamically imported module", "A ServiceWorker
	 * intercepted the request and encountered an unexpected error"), and right after it starts a page still
	 * loads Kit's error page and the update notice. docs/hosting.md, "Other engines".
	 */
	const settled = () => page.waitForNetworkIdle({ idleTime: 200, concurrency: 0 });

	return {
		name: 'Firefox',
		async goto(url) {
			await settled();
			await page.goto(url);
		},
		async reload() {
			await settled();
			await page.reload();
		},
		async click(css) {
			await page.locator(css).click();
		},
		async type(css, text) {
			await page.locator(css).click();
			await page.keyboard.type(text);
		},
		// puppeteer's own types are stricter about the function than the walk needs.
		evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
		downloaded: (name) => finishedFile(downloads, name),
		async problems() {
			return [...problems, ...(await page.evaluate(recorded))];
		},
		async close() {
			await browser.close();
			rmSync(downloads, { recursive: true, force: true });
		}
	};
}
