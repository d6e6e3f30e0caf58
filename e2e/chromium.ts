/**
 * How the tests and the benchmark start Chromium: Debian's when it is installed (CI, these machines),
 * Playwright's own otherwise (a developer laptop), without any background network traffic.
 */
import { existsSync } from 'node:fs';

export const chromiumLaunchOptions = {
	executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};
