import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, open, startFromHere, storePreparation, test } from './fixtures';
import { onDemandFiles } from './on-demand';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id;

/** Waits until the service worker has kept the app and controls the page. */
async function offlineReady(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after the first visit the app works without a network: pages, a reload and the agenda PDF', async ({
	page,
	context
}) => {
	await storePreparation(page, example);
	await offlineReady(page);
	await context.setOffline(true);

	await open(page, `/p/${id}/controleren`);
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
	const path = (await (await download).path())!;
	expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
	expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Nguyễn Thị Minh');

	for (const [path, heading] of [
		['/', 'Bereid uw gesprek op school goed voor'],
		[`/p/${id}/stap/3`, 'Wat gaat goed'],
		['/privacy', 'Privacy: wat er met uw gegevens gebeurt']
	]) {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
	}
});

/** The addresses of the build's files a page can load: pages without .html, no compressed copies. */
function appAddresses(): string[] {
	const build = new URL('../build', import.meta.url).pathname;
	return (
		readdirSync(build, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => `${entry.parentPath.slice(build.length)}/${entry.name}`)
			.filter((path) => !/\.(br|gz)$/.test(path))
			.filter(
				(path) => !['/service-worker.js', '/_app/version.json', '/_headers', '/_redirects'].includes(path)
			)
			.filter((path) => !path.startsWith('/icons/'))
			// The words of the languages other than Dutch: kept once used, not on a first visit.
			.filter((path) => !/\/words-[a-z-]+\.[\w-]+\.json$/.test(path))
			.map((path) =>
				path === '/index.html' ? '/' : path === '/200.html' ? path : path.replace(/\.html$/, '')
			)
	);
}

/** The addresses the offline copy holds. */
const keptPaths = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});

test('the offline copy holds every page, script, style and font of the app but the fonts of other scripts and other languages’ words, and nothing more', async ({
	page
}) => {
	await open(page, '/');
	await offlineReady(page);
	const kept = await keptPaths(page);
	// Noto Sans in two weights; the Arabic and Ethiopic fonts and the code that draws them only when needed.
	expect(kept.filter((path) => path.endsWith('.ttf'))).toHaveLength(2);
	const later = onDemandFiles();
	expect(later).toHaveLength(5);
	expect(kept.filter((path) => /\.(br|gz|png)$/.test(path))).toEqual([]);
	expect(kept.filter((path) => path.includes('/words-'))).toEqual([]);
	expect(kept.sort()).toEqual(
		appAddresses()
			.filter((path) => !later.includes(path))
			.sort()
	);
});

test('an agenda with Arabic, made once online, is made again offline with the fonts kept then', async ({
	page,
	context
}) => {
	const prep = JSON.parse(example);
	prep.child.firstName = 'محمد';
	prep.answers.purpose.why = 'محمد يحب كرة القدم مع Tom منذ 2023 في groep 5';
	await storePreparation(page, JSON.stringify(prep));
	await offlineReady(page);
	const agenda = async () => {
		await open(page, `/p/${id}/controleren`);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Agenda downloaden (PDF, 1 bladzijde)' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('zorggesprek-agenda-2026-12-03.pdf');
		// pdftotext marks right-to-left runs with embedding characters (U+202B … U+202C).
		const text = execFileSync('pdftotext', [(await file.path())!, '-'], { encoding: 'utf8' });
		return text.replace(/[\u202a-\u202e]/g, '');
	};
	expect(await agenda()).toContain('محمد يحب كرة القدم مع');
	// Kept at their first use: the Arabic font's two weights and the code that draws it, not Ethiopic's.
	const arabic = onDemandFiles().filter((path) => !path.includes('Ethiopic'));
	await expect
		.poll(async () => (await keptPaths(page)).filter((path) => arabic.includes(path)).sort())
		.toEqual(arabic.sort());
	await context.setOffline(true);
	await page.reload();
	expect(await agenda()).toContain('zorggesprek over محمد');
});

test('the app can be installed: a manifest with its name, start page, own window and icons that load', async ({
	page,
	request
}) => {
	await open(page, '/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({ name: 'Gesprekswijzer', start_url: '/', display: 'standalone' });
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) {
		const response = await request.get(icon.src);
		expect(response.status(), icon.src).toBe(200);
		expect(response.headers()['content-type'], icon.src).toContain(icon.type);
	}
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
});

test.describe('a new version', () => {
	// A copy of the build on a port of its own, so that this test can put a new version in its place, served
	// the way this project serves the build (scripts/serve.js or nginx with deploy/nginx.conf).
	const SERVERS: Record<string, { script: string; port: number }> = {
		'serve.js': { script: 'scripts/serve.js', port: Number(process.env.E2E_PORT ?? 4173) + 8 },
		nginx: { script: 'scripts/nginx.js', port: Number(process.env.E2E_PORT ?? 4173) + 9 }
	};
	let dir: string;
	let server: ReturnType<typeof spawn>;
	let host: { script: string; port: number };
	test.use({
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
		baseURL: async ({}, use, testInfo) => use(`http://localhost:${SERVERS[testInfo.project.name]!.port}`)
	});

	async function serve() {
		server = spawn('node', [host.script], {
			env: { ...process.env, PORT: String(host.port), BUILD_DIR: dir },
			stdio: 'ignore'
		});
		await expect
			.poll(
				() =>
					fetch(`http://localhost:${host.port}/`).then(
						(r) => r.status,
						() => 0
					),
				{ timeout: 10_000 }
			)
			.toBe(200);
	}

	async function stop() {
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill();
		await exited;
	}

	test.beforeAll(async () => {
		host = SERVERS[test.info().project.name]!;
		dir = mkdtempSync(join(tmpdir(), 'gw-build-'));
		cpSync(new URL('../build', import.meta.url).pathname, dir, { recursive: true });
		await serve();
	});

	test.afterAll(async () => {
		await stop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('is announced, and taken over without losing what the parent typed', async ({ page }) => {
		// The first visit ever: the worker installs and takes control while this very page stays open (the
		// parent moves on by links, no reload), and a new version arrives before the page is ever reloaded.
		await open(page, '/');
		await offlineReady(page);
		await startFromHere(page, 'Ayşe', 'Startgesprek aan het begin van het jaar', ['3', '12', '2026']);
		await page.getByRole('link', { name: '1. Doel van het gesprek' }).click();
		const goal = page.getByLabel('Waarom is er dit gesprek?');
		await goal.fill('Typed before the update.');

		// Deploy a new build: a service worker with another version (its cache gets another name).
		await stop();
		const worker = join(dir, 'service-worker.js');
		const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8'));
		const next = readFileSync(worker, 'utf8').replaceAll(version, `${version}-next`);
		// With its compressed copies, as the build writes them: the servers send those first.
		writeFileSync(worker, next);
		writeFileSync(`${worker}.br`, brotliCompressSync(next));
		writeFileSync(`${worker}.gz`, gzipSync(next));
		await serve();
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

		const notice = page.getByText('Er is een nieuwe versie van Gesprekswijzer.');
		await expect(notice).toBeVisible();
		await goal.pressSequentially(' And after it was announced.');
		await page.getByRole('button', { name: 'Nieuwe versie gebruiken' }).click();

		await page.waitForEvent('load');
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(notice).toBeHidden();
		await expect(goal).toHaveValue('Typed before the update. And after it was announced.');
		const caches = await page.evaluate(() => caches.keys());
		expect(caches).toEqual([`gesprekswijzer-app-${version}-next`]);
	});
});
