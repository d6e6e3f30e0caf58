// The walk through the app in Firefox ESR and WebKitGTK (npm run test:engines): one file per engine, so
// the two run side by side; the build is served once for both (server.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['engines/*.test.ts'],
		environment: 'node',
		globalSetup: ['engines/server.ts'],
		// One worker per engine: they spend most of their time waiting on the browser.
		maxWorkers: 2,
		testTimeout: 120_000,
		hookTimeout: 60_000,
		expect: { requireAssertions: true }
	}
});
