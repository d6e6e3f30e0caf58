import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { expect, open, startFromHere, test } from './fixtures';

/**
 * Starts Chromium on a profile as a process group of its own, so that the test can kill every one of its
 * processes at once, as a crash or a phone's out-of-memory killer would. Returns the debugging address.
 */
async function startBrowser(profile: string): Promise<{ group: ChildProcess; address: string }> {
	rmSync(join(profile, 'DevToolsActivePort'), { force: true });
	const group = spawn(
		chromiumLaunchOptions.executablePath ?? 'chromium',
		[
			...chromiumLaunchOptions.args,
			'--headless=new',
			`--user-data-dir=${profile}`,
			'--remote-debugging-port=0',
			'about:blank'
		],
		{ stdio: 'ignore', detached: true }
	);
	const portFile = join(profile, 'DevToolsActivePort');
	await expect
		.poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'), { timeout: 15_000 })
		.toBe(true);
	return { group, address: `http://127.0.0.1:${readFileSync(portFile, 'utf8').split('\n')[0]}` };
}

/** SIGKILL to every process of the browser: no beforeunload, pagehide or visibilitychange runs. */
async function crash(group: ChildProcess) {
	const exited = new Promise((resolve) => group.once('exit', resolve));
	process.kill(-group.pid!, 'SIGKILL');
	await exited;
}

test('the browser killed mid-typing (no unload, no pagehide) keeps everything typed up to a second before', async ({
	baseURL
}, testInfo) => {
	test.skip(!chromiumLaunchOptions.executablePath, 'needs the system Chromium to start as its own process');
	const profile = testInfo.outputPath('profile');

	let started = await startBrowser(profile);
	let browser = await chromium.connectOverCDP(started.address);
	// The profile's own context (a new context would keep nothing on disk), so addresses are written in full.
	let page = await browser.contexts()[0]!.newPage();
	await open(page, `${baseURL}/`);
	await startFromHere(page, 'Łukasz', 'Startgesprek aan het begin van het jaar', ['1', '9', '2027']);
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await page.getByLabel('Waar is het gesprek?').pressSequentially('Lokaal 12, naast de gymzaal');
	await page.waitForTimeout(1000);
	await crash(started.group);

	started = await startBrowser(profile);
	browser = await chromium.connectOverCDP(started.address);
	page = await browser.contexts()[0]!.newPage();
	await open(page, `${baseURL}/`);
	await page
		.getByRole('link', { name: /Łukasz/ })
		.first()
		.click();
	await page.getByRole('link', { name: 'Gegevens van het gesprek' }).click();
	await expect(page.getByLabel('Waar is het gesprek?')).toHaveValue('Lokaal 12, naast de gymzaal');
	await browser.close();
	await crash(started.group);
});
