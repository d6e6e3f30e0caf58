// npm run audit: Lighthouse (mobile emulation, its default throttling) on the built app's start page, a
// step, the check-your-answers page and the agenda page, in each of AUDIT_LANGUAGES (default `nl,ar`:
// Dutch, which is part of the code, and a language whose words load from a file, right to left), and
// the gzipped JavaScript of the start page. An audit, not a test: it prints figures and never fails on
// them. Each page runs AUDIT_RUNS times (default 3); the figures are medians. The last line is one JSON
// object. AUDIT_DETAILS=1 also prints, for every run, the layout shifts and the long tasks that
// Lighthouse saw. AUDIT_PORT (default 4392) lets two checkouts audit side by side.
// The step pages need a preparation: a Chromium profile gets the Ayşe example and the language in
// localStorage first, and Lighthouse runs on that profile. Two kinds of visit (AUDIT_VISITS, default
// `first,return`): a first load (before each run the HTTP cache and the service worker are emptied,
// localStorage kept), and a parent's return (the service worker installed with its offline copy, nothing
// emptied: how a parent reaches these pages again after the first visit). Lighthouse's simulated network
// still charges a round trip for each file the service worker answers, but not its bytes.
// AUDIT_PAGES narrows the pages (for instance `step,check`).
// The build is served over HTTPS and HTTP/2, as every host a parent reaches is (scripts/serve.js with the
// test certificate for localhost, which only the audit's Chromium trusts): over plain HTTP/1.1 a
// browser opens at most six connections and Lighthouse charges each file a round trip in turn, which
// costs a page of ~45 files about a second that no host would. AUDIT_HTTP1=1 measures that anyway.
import { spawn } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startJs } from './js-weight.js';

const PORT = Number(process.env.AUDIT_PORT ?? 4392);
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const HTTP1 = Boolean(process.env.AUDIT_HTTP1);
const origin = `${HTTP1 ? 'http' : 'https'}://localhost:${PORT}`;
const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id as string;
const PAGES = {
	start: '/',
	step: `/p/${id}/stap/1`,
	check: `/p/${id}/controleren`,
	agenda: `/p/${id}/agenda`
};
const LANGUAGES = (process.env.AUDIT_LANGUAGES ?? 'nl,ar').split(',');
const VISITS = (process.env.AUDIT_VISITS ?? 'first,return').split(',') as Visit[];
const CHOSEN = process.env.AUDIT_PAGES?.split(',');
type Visit = 'first' | 'return';

const profile = mkdtempSync(join(tmpdir(), 'gw-audit-'));
const tls = HTTP1 ? undefined : certificate();
/** Only the audit's own certificate is trusted, and only by the audit's Chromium. */
const chromiumArgs = [
	...(tls ? [`--ignore-certificate-errors-spki-list=${tls.spki}`] : []),
	...chromiumLaunchOptions.args
];
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(PORT), TLS_KEY: tls?.TLS_KEY, TLS_CERT: tls?.TLS_CERT },
	stdio: 'ignore'
});
const results: Record<string, Record<string, Record<string, number>>> = {};
try {
	await new Promise((resolve) => setTimeout(resolve, 700));
	for (const visit of VISITS)
		for (const language of LANGUAGES) {
			await prepareProfile(language, visit);
			const key = `${visit} ${language}`;
			results[key] = {};
			for (const [name, path] of Object.entries(PAGES)) {
				if (CHOSEN && !CHOSEN.includes(name)) continue;
				const runs: Record<string, number>[] = [];
				while (runs.length < RUNS) runs.push(await audit(`${origin}${path}`, visit));
				const r = Object.fromEntries(
					Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key]!))])
				);
				results[key][name] = r;
				console.log(
					`${visit.padEnd(6)} ${language} ${name.padEnd(6)} ${path.padEnd(42)} performance ${r.performance}  accessibility ${r.accessibility}  best practices ${r.best_practices}  LCP ${r.lcp_ms} ms  CLS ${r.cls}  TBT ${r.tbt_ms} ms  benchmark ${r.benchmark_index}  (performance per run: ${runs.map((run) => run.performance).join(' ')})`
				);
			}
		}
} finally {
	server.kill();
	rmSync(profile, { recursive: true, force: true });
}

/**
 * The test certificate for localhost (scripts/fixtures) and its key's SHA-256 fingerprint, which Chromium
 * is told to trust: then the service worker may register, as on a real host.
 */
function certificate() {
	const [TLS_KEY, TLS_CERT] = ['localhost-key.pem', 'localhost-cert.pem'].map(
		(name) => new URL(`fixtures/${name}`, import.meta.url).pathname
	) as [string, string];
	const der = createPublicKey(readFileSync(TLS_CERT)).export({ type: 'spki', format: 'der' });
	return { TLS_KEY, TLS_CERT, spki: createHash('sha256').update(der).digest('base64') };
}
/**
 * The profile holds the example preparation and the language; for a return, also the service worker with
 * its complete offline copy (it is active only once the copy is made), else no service worker or cache.
 */
async function prepareProfile(language: string, visit: Visit) {
	const context = await chromium.launchPersistentContext(profile, {
		...chromiumLaunchOptions,
		args: chromiumArgs
	});
	const page = await context.newPage();
	await page.goto(origin);
	await page.evaluate(
		async ([key, text, language]) => {
			localStorage.setItem(key!, text!);
			localStorage.setItem('gesprekswijzer:lang', language!);
			for (const registration of await navigator.serviceWorker.getRegistrations())
				await registration.unregister();
			for (const name of await caches.keys()) await caches.delete(name);
		},
		[`gesprekswijzer:prep:${id}`, example, language]
	);
	// With no page of the app open, the worker just unregistered is gone; else it would answer the next
	// load from the caches just emptied (a return then measured the network, LCP ~1 s instead of ~0.3 s).
	await page.goto('about:blank');
	if (visit === 'return') {
		await page.goto(origin);
		// Within 30 s, or the audit stops with why (a certificate the service worker refuses, for one).
		await page.waitForFunction(
			async () => navigator.serviceWorker.controller && (await caches.keys()).length > 0,
			undefined,
			{ timeout: 30_000 }
		);
		// The parent has seen each page once, in this language (its words are kept from their first use).
		for (const path of Object.values(PAGES))
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	}
	await context.close();
}

/** One Lighthouse run in a fresh Chromium on the prepared profile; a run that fails is tried again. */
async function audit(url: string, visit: Visit): Promise<Record<string, number>> {
	for (let attempt = 1; ; attempt++) {
		const chrome = await chromeLauncher.launch({
			chromePath: chromiumLaunchOptions.executablePath,
			userDataDir: profile,
			chromeFlags: ['--headless=new', ...chromiumArgs]
		});
		try {
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices'],
				// A first load: Lighthouse empties the HTTP cache and removes the service worker and its caches,
				// but keeps localStorage, where the preparation and the language are. A return empties nothing.
				clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage'],
				disableStorageReset: visit === 'return'
			});
			const lhr = run!.lhr;
			if (lhr.runtimeError && attempt < 3) {
				console.log(`(run failed: ${lhr.runtimeError.code}; again)`);
				continue;
			}
			if (process.env.AUDIT_DETAILS) explain(lhr);
			const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
			const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			return {
				performance: score('performance'),
				accessibility: score('accessibility'),
				best_practices: score('best-practices'),
				lcp_ms: Math.round(metric('largest-contentful-paint')),
				cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
				tbt_ms: Math.round(metric('total-blocking-time')),
				// Lighthouse's measure of this machine's speed; its 4x slowdown stands for a phone when ~1,500.
				benchmark_index: Math.round(lhr.environment.benchmarkIndex)
			};
		} finally {
			await chrome.kill();
		}
	}
}

type Items = { details?: { items?: Record<string, unknown>[] } } | undefined;
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * With AUDIT_DETAILS=1: what moved (layout shifts), what kept the main thread busy (long tasks), and which
 * audits of accessibility and best practices failed.
 */
function explain(lhr: LighthouseResult) {
	const items = (id: string) => (lhr.audits[id] as Items)?.details?.items ?? [];
	const requests = items('network-requests');
	const bytes = requests.reduce((sum, request) => sum + Number(request.transferSize ?? 0), 0);
	console.log(`  ${requests.length} requests, ${bytes} bytes over the network`);
	for (const category of ['accessibility', 'best-practices']) {
		for (const { id } of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[id] as { score: number | null; title: string } | undefined;
			if (audit?.score === 0) console.log(`  ${category} failed: ${id} (${audit.title})`);
		}
	}
	for (const shift of items('layout-shifts')) {
		const node = shift.node as { selector?: string; snippet?: string } | undefined;
		console.log(`  shift ${Number(shift.score).toFixed(4)}  ${node?.selector ?? ''}  ${node?.snippet ?? ''}`);
	}
	for (const task of items('long-tasks')) {
		console.log(
			`  long task ${Math.round(Number(task.duration))} ms at ${Math.round(Number(task.startTime))} ms  ${task.url}`
		);
	}
}

const js = startJs();
console.log(`start page JavaScript: ${js.files} files, ${js.gzip} bytes gzipped`);
console.log(JSON.stringify({ ...results, start_js_gzip_bytes: js.gzip }));
