import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
/** deploy/nginx.conf through the machine's nginx (scripts/nginx.js), on the next port. */
const nginxPort = port + 1;
/** The tests of what a host must do, run once more against nginx; the rest stays on scripts/serve.js. */
const HOSTING_TESTS = /\/(privacy|offline|headers)\.test\.ts$/;

export default defineConfig({
	testDir: 'e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	webServer: [
		{
			command: 'node scripts/serve.js',
			env: { PORT: String(port) },
			url: `http://localhost:${port}`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/nginx.js',
			env: { PORT: String(nginxPort) },
			url: `http://localhost:${nginxPort}`,
			reuseExistingServer: !process.env.CI,
			// scripts/nginx.js stops nginx and removes its temporary folder on SIGTERM.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 }
		}
	],
	use: {
		...devices['Pixel 7'],
		browserName: 'chromium',
		locale: 'nl-NL',
		launchOptions: chromiumLaunchOptions
	},
	projects: [
		{ name: 'serve.js', use: { baseURL: `http://localhost:${port}` } },
		{ name: 'nginx', testMatch: HOSTING_TESTS, use: { baseURL: `http://localhost:${nginxPort}` } }
	]
});
