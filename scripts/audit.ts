// npm run audit: Lighthouse (mobile emulation, its default throttling) on the built app's start page, a
// step, the check-your-answers page and the agenda page, in each of AUDIT_LANGUAGES (default `nl,ar`:
// Dutch, which is part of the code, and a language whose words load from a file, right to left), and
// the gzipped JavaScript of the start page. An audit, not a test: it prints figures and never fails on
// them. Each page runs AUDIT_RUNS times (default 3); the figures are medians. The last line is one JSON
// object. AUDIT_DETAILS=1 also prints, for every run, the layout shifts and the long tasks that
// Lighthouse saw. AUDIT_PORT (default 4392) lets two checkouts audit side by side.
// The step pages need a preparation: a Chromium profile gets the Ayşe example and the language in
// localStorage first, and Lighthouse runs on that profile; before each run it empties the HTTP cache and
// removes the service worker, but keeps localStorage.
import { spawn } from 'node:child_process';
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
const origin = `http://localhost:${PORT}`;
const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id as string;
const PAGES = {
	start: '/',
	step: `/p/${id}/stap/1`,
	check: `/p/${id}/controleren`,
	agenda: `/p/${id}/agenda`
};
const LANGUAGES = (process.env.AUDIT_LANGUAGES ?? 'nl,ar').split(',');

const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'ignore'
});
const profile = mkdtempSync(join(tmpdir(), 'gw-audit-'));
const results: Record<string, Record<string, Record<string, number>>> = {};
try {
	await new Promise((resolve) => setTimeout(resolve, 700));
	for (const language of LANGUAGES) {
		await prepareProfile(language);
		results[language] = {};
		for (const [name, path] of Object.entries(PAGES)) {
			const runs: Record<string, number>[] = [];
			while (runs.length < RUNS) runs.push(await audit(`${origin}${path}`));
			const r = Object.fromEntries(
				Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key]!))])
			);
			results[language][name] = r;
			console.log(
				`${language} ${name.padEnd(6)} ${path.padEnd(42)} performance ${r.performance}  accessibility ${r.accessibility}  best practices ${r.best_practices}  LCP ${r.lcp_ms} ms  CLS ${r.cls}  TBT ${r.tbt_ms} ms  (performance per run: ${runs.map((run) => run.performance).join(' ')})`
			);
		}
	}
} finally {
	server.kill();
	rmSync(profile, { recursive: true, force: true });
}
/** The profile holds the example preparation and the language, and no service worker or cache. */
async function prepareProfile(language: string) {
	const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
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
	await context.close();
}

/** One Lighthouse run in a fresh Chromium on the prepared profile; a run that fails is tried again. */
async function audit(url: string): Promise<Record<string, number>> {
	for (let attempt = 1; ; attempt++) {
		const chrome = await chromeLauncher.launch({
			chromePath: chromiumLaunchOptions.executablePath,
			userDataDir: profile,
			chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args]
		});
		try {
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices'],
				// Each run is a first load: Lighthouse empties the HTTP cache and removes the service worker and
				// its caches, but by default keeps localStorage, where the preparation and the language are.
				clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage']
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
				tbt_ms: Math.round(metric('total-blocking-time'))
			};
		} finally {
			await chrome.kill();
		}
	}
}

type Items = { details?: { items?: Record<string, unknown>[] } } | undefined;

/** With AUDIT_DETAILS=1: what moved (layout shifts) and what kept the main thread busy (long tasks). */
function explain(lhr: { audits: Record<string, unknown> }) {
	const items = (id: string) => (lhr.audits[id] as Items)?.details?.items ?? [];
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
