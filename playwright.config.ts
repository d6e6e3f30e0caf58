import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	webServer: {
		command: 'node scripts/serve.js',
		env: { PORT: String(port) },
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Pixel 7'],
		browserName: 'chromium',
		locale: 'nl-NL',
		launchOptions: chromiumLaunchOptions
	}
});
