/**
 * What a parent's first visit costs over the wire: the start page with everything it loads, and the
 * service worker's offline copy of the app, in a browser that has never seen the site. Counted as Chromium
 * receives it: response headers and bodies as sent (compressed when the server compresses), nothing for
 * what comes from the browser's own cache. Used by e2e/budget.test.ts and scripts/bench.ts.
 */
import type { BrowserContext, Request } from '@playwright/test';
import { startJs as startPaths } from '../scripts/js-weight.js';

export interface Visit {
	/** Bytes received: response headers and (compressed) bodies. */
	bytes: number;
	/** Of these, the bodies alone. */
	bodies: number;
	/** Responses that came over the network (not from the browser's cache). */
	responses: number;
	/** Bytes sent: the request headers. */
	sent: number;
	/** The start page's first JavaScript (the files scripts/js-weight.js counts): bodies as sent, and files. */
	startJs: { bytes: number; files: number };
}

/** Opens `url` in a fresh context and waits until the service worker has kept the app and controls the page. */
export async function firstVisit(context: BrowserContext, url: string): Promise<Visit> {
	const sizes: Promise<{ received: number; body: number; sent: number }>[] = [];
	const measure = async (request: Request) => {
		const size = await request.sizes();
		// For a response from the browser's cache Chromium receives nothing; its body size then comes out
		// as minus the headers' size.
		const received = Math.max(0, size.responseHeadersSize + size.responseBodySize);
		return { received, body: Math.max(0, size.responseBodySize), sent: size.requestHeadersSize };
	};
	context.on('requestfinished', (request) => sizes.push(measure(request)));
	const page = await context.newPage();
	await page.goto(url);
	// The scripts the start page names at start (scripts/js-weight.js), as they came over the wire.
	await page.locator('body[data-hydrated="true"]').waitFor();
	const startJs = await page.evaluate((paths) => {
		const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
			(entry) => paths.includes(new URL(entry.name).pathname)
		);
		return { bytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0), files: scripts.length };
	}, startPaths().paths);
	// The worker takes control once its install, which fetches the whole app, has completed.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.waitForLoadState('networkidle');
	const all = await Promise.all(sizes);
	return {
		bytes: all.reduce((sum, s) => sum + s.received, 0),
		bodies: all.reduce((sum, s) => sum + s.body, 0),
		responses: all.filter((s) => s.received > 0).length,
		sent: all.reduce((sum, s) => sum + s.sent, 0),
		startJs
	};
}
