/**
 * WebKitGTK, Safari's engine, in its MiniBrowser, driven by WebKitWebDriver (Debian's webkit2gtk-driver)
 * over classic WebDriver with selenium-webdriver. WebKitGTK draws into an X display: run under xvfb-run
 * when there is none. Classic WebDriver reads no console, and MiniBrowser's automation sessions are
 * private, which stops WebKit writing console messages to stdout; so the page notes its own problems
 * (watch.ts), and consoleOnLoad() reads what WebKit itself says while loading a page, in a normal session.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Builder, By, until as when, type WebDriver } from 'selenium-webdriver';
import type { Engine } from './engine';
import { finishedFile, tempDir } from './files';
import { builtPages } from './tour';
import { recorded, watchPage } from './watch';

export const MINIBROWSER = ['x86_64-linux-gnu', 'aarch64-linux-gnu']
	.map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`)
	.find((path) => existsSync(path));

/** The processes this module started, stopped with the test process even when a test times out. */
const children = new Set<ChildProcess>();
process.once('exit', () => children.forEach((child) => child.kill()));
function track(child: ChildProcess): ChildProcess {
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

/** A home of its own, whose "Downloads" folder is known (GLib reads it from user-dirs.dirs). */
function home(): { dir: string; env: NodeJS.ProcessEnv; downloads: string } {
	const dir = tempDir('webkit-home');
	const downloads = join(dir, 'Downloads');
	mkdirSync(downloads);
	mkdirSync(join(dir, '.config'));
	writeFileSync(join(dir, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
	const env = {
		...process.env,
		HOME: dir,
		XDG_CONFIG_HOME: join(dir, '.config'),
		XDG_DATA_HOME: join(dir, 'data'),
		XDG_CACHE_HOME: join(dir, 'cache')
	};
	return { dir, env, downloads };
}

async function started(driver: ChildProcess, port: number): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('WebKitWebDriver did not start');
}

export async function launchWebKit(): Promise<Engine> {
	if (!MINIBROWSER) throw new Error('WebKitGTK MiniBrowser is not installed (Debian: libwebkit2gtk-4.1-0).');
	if (!process.env.DISPLAY) throw new Error('WebKitGTK needs an X display: run it under xvfb-run.');
	const { dir, env, downloads } = home();
	const port = await freePort();
	const webDriver = track(spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' }));
	await started(webDriver, port);
	let driver: WebDriver;
	try {
		driver = await new Builder()
			.usingServer(`http://127.0.0.1:${port}`)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
			})
			.build();
	} catch (error) {
		webDriver.kill();
		throw error;
	}
	await driver.manage().window().setRect({ width: 412, height: 915 });
	const element = (css: string) => driver.wait(when.elementLocated(By.css(css)), 15_000);
	const visible = async (css: string) => driver.wait(when.elementIsVisible(await element(css)), 15_000);
	const watch = () => driver.executeScript(watchPage, true);

	return {
		name: 'WebKit',
		async goto(url) {
			await driver.get(url);
			await watch();
		},
		async reload() {
			await driver.navigate().refresh();
			await watch();
		},
		async click(css) {
			await (await visible(css)).click();
		},
		async type(css, text) {
			await (await visible(css)).sendKeys(text);
		},
		evaluate: (fn, ...args) => driver.executeScript(fn as never, ...args),
		downloaded: (name) => finishedFile(downloads, name),
		problems: () => driver.executeScript(recorded),
		async close() {
			await driver.quit();
			webDriver.kill();
			rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
		}
	};
}

/** What MiniBrowser prints while it loads one page in a session of its own, until the load event. */
async function printedOnLoad(url: string): Promise<string[]> {
	const own = home();
	const browser = spawn(
		MINIBROWSER!,
		['--enable-write-console-messages-to-stdout=true', '--exit-after-load', url],
		{ env: own.env, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	track(browser);
	let out = '';
	browser.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	browser.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => browser.on('exit', resolve));
	// WebKit's helper processes may still write into it for a moment after MiniBrowser exits.
	rmSync(own.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
	const lines = out.split('\n').filter((line) => line.trim());
	return code === 0 ? lines : [...lines, `MiniBrowser exited with ${code}`];
}

/**
 * What WebKit says while it loads each page, in normal (not private) MiniBrowser sessions that write their
 * console to stderr: the messages no page script can see, such as a policy directive WebKit does not
 * know ("CONSOLE SECURITY ERROR Unrecognized Content-Security-Policy directive"). Every prerendered page
 * and the shell of the preparation pages (200.html), four at a time. On a clean run MiniBrowser prints
 * nothing at all, so every line it prints is returned.
 */
export async function consoleOnLoad(origin: string): Promise<string[]> {
	if (!MINIBROWSER) throw new Error('WebKitGTK MiniBrowser is not installed.');
	const paths = [...builtPages(), '/p/no-such-preparation'];
	const printed: string[] = [];
	for (let i = 0; i < paths.length; i += 4) {
		const batch = paths.slice(i, i + 4);
		const lines = await Promise.all(batch.map((path) => printedOnLoad(`${origin}${path}`)));
		batch.forEach((path, n) => printed.push(...lines[n]!.map((line) => `${path}: ${line}`)));
	}
	return printed;
}
