// npm run bench: how fast the documents are made and how heavy they and the app are (a parent's first
// visit over the wire, compressed as scripts/serve.js sends it). A benchmark, not a
// test: it prints figures (medians) and never fails on them. The last line is one JSON object.
// Needs a build (npm run build) and Chromium; run with "npm run bench".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { onDemandFiles } from '../e2e/on-demand';
import { firstVisit, type Visit } from '../e2e/wire';
import type { Preparation } from '$lib/model/preparation';
import { makeAgenda } from '$lib/pdf/agenda';
import { nodeFonts } from '$lib/pdf/fonts-node';
import { makeSheet } from '$lib/pdf/sheet';
import { emptyPreparation, example, filledPreparation } from '$lib/test/extremes';
import { startJs } from './js-weight.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** BENCH_PORT lets two checkouts bench side by side. */
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const build = new URL('../build', import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

const cases: [string, Preparation][] = [
	['small', emptyPreparation()],
	['typical', example('ayse')],
	['extreme', filledPreparation('een heel lang antwoord van een ouder '.repeat(250), 30)]
];

const fonts = nodeFonts();
const node: Record<
	string,
	{ agenda_ms: number; sheet_ms: number; agenda_bytes: number; sheet_bytes: number }
> = {};
for (const [name, prep] of cases) {
	await makeAgenda(prep, fonts);
	const agenda: number[] = [];
	const sheet: number[] = [];
	let sizes = { agenda: 0, sheet: 0 };
	for (let i = 0; i < RUNS; i++) {
		let t = performance.now();
		const a = await makeAgenda(prep, fonts);
		agenda.push(performance.now() - t);
		t = performance.now();
		const s = await makeSheet(prep, fonts);
		sheet.push(performance.now() - t);
		sizes = { agenda: a.bytes.length, sheet: s.bytes.length };
	}
	node[name] = {
		agenda_ms: round(median(agenda)),
		sheet_ms: round(median(sheet)),
		agenda_bytes: sizes.agenda,
		sheet_bytes: sizes.sheet
	};
	console.log(
		`node     ${name.padEnd(8)} agenda ${node[name].agenda_ms} ms (${sizes.agenda} B)  sheet ${node[name].sheet_ms} ms (${sizes.sheet} B)`
	);
}

// Chromium: the built app, a preparation in storage, the PDF code loaded by a first click; then the
// median time from a click to the file.
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch(chromiumLaunchOptions);
const chromiumResults: Record<string, { agenda_ms: number; sheet_ms: number }> = {};
let lazy = { js: 0, font: 0 };
let baseline = 0;
/** The typical agenda as the first document of a visit: the PDF code and the fonts load on that click. */
const firsts: number[] = [];
const visits: Visit[] = [];
try {
	// Chromium lets one page download only a few files in a row, so every sample gets its own page,
	// warmed up by a first click that loads the PDF code and the fonts (not measured).
	const openWarm = async (prep: Preparation) => {
		const page = await browser.newPage({ acceptDownloads: true });
		const requested: string[] = [];
		await page.goto(`http://localhost:${PORT}/`);
		await page.locator('body[data-hydrated]').waitFor();
		await page.evaluate(
			([key, text]) => localStorage.setItem(key, text),
			[`gesprekswijzer:prep:${prep.id}`, JSON.stringify(prep)]
		);
		await page.goto(`http://localhost:${PORT}/p/${prep.id}`);
		await page.locator('body[data-hydrated]').waitFor();
		await page.waitForLoadState('networkidle');
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const click = async (label: RegExp) => {
			const t = performance.now();
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: label }).click();
			await download;
			return performance.now() - t;
		};
		const first = await click(/^Agenda downloaden/);
		return { page, requested, click, first };
	};
	for (const [name, prep] of cases) {
		const agenda: number[] = [];
		const sheet: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const { page, requested, click, first } = await openWarm(prep);
			if (name === 'typical') firsts.push(first);
			if (name === 'typical' && i === 0) {
				const size = (path: string) => gzipSync(readFileSync(join(build, path))).length;
				lazy = {
					js: requested.filter((p) => p.endsWith('.js')).reduce((sum, p) => sum + size(p), 0),
					font: requested.filter((p) => p.endsWith('.ttf')).reduce((sum, p) => sum + size(p), 0)
				};
			}
			agenda.push(await click(/^Agenda downloaden/));
			sheet.push(await click(/^Afsprakenblad downloaden/));
			await page.close();
		}
		chromiumResults[name] = { agenda_ms: round(median(agenda)), sheet_ms: round(median(sheet)) };
		if (name === 'typical') {
			// What the download itself costs: the same click-to-file for the instant JSON export.
			const samples: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const { page, click } = await openWarm(prep);
				samples.push(await click(/^Opslaan als bestand/));
				await page.close();
			}
			baseline = round(median(samples));
		}
		console.log(
			`chromium ${name.padEnd(8)} agenda ${chromiumResults[name].agenda_ms} ms  sheet ${chromiumResults[name].sheet_ms} ms (click to file)`
		);
	}
	// A parent's first visit: the start page and the service worker's offline copy, in a fresh browser.
	for (let i = 0; i < 3; i++) {
		const context = await browser.newContext();
		visits.push(await firstVisit(context, `http://localhost:${PORT}/`));
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}
const visit = visits.sort((a, b) => a.bytes - b.bytes)[1]!;

const start = startJs();
console.log(`start page JavaScript: ${start.gzip} B gzipped in ${start.files} files`);
console.log(`loaded on the first document: ${lazy.js} B of JavaScript and ${lazy.font} B of font, gzipped`);
// What text in Arabic script adds to it: the Arabic font's two weights and the code for right to left.
const arabic = onDemandFiles()
	.filter((path) => !path.includes('Ethiopic'))
	.reduce((sum, path) => sum + gzipSync(readFileSync(join(build, path))).length, 0);
console.log(`with Arabic text the first document also loads ${arabic} B, gzipped`);
console.log(
	`the first document of a visit (loading that code and font) takes ${round(median(firsts))} ms click to file`
);
console.log(`a download that needs no work (the JSON export) takes ${baseline} ms click to file`);
console.log(
	`a parent's first visit, with the offline copy: ${visit.bytes} B over the wire in ${visit.responses} responses (bodies ${visit.bodies} B; requests ${visit.sent} B)`
);
console.log(
	`start page JavaScript (the same files) over the wire, before the page is ready: ${visit.startJs.bytes} B in ${visit.startJs.files} files`
);
console.log(`runs per figure: ${RUNS}; times are medians (the first visit: the median of 3)`);
console.log(
	JSON.stringify({
		chromium_ms: round(chromiumResults.typical!.agenda_ms + chromiumResults.typical!.sheet_ms),
		node_ms: round(node.typical!.agenda_ms + node.typical!.sheet_ms),
		agenda_bytes: node.typical!.agenda_bytes,
		sheet_bytes: node.typical!.sheet_bytes,
		start_js_gzip_bytes: start.gzip,
		start_js_wire_bytes: visit.startJs.bytes,
		first_visit_bytes: visit.bytes,
		first_visit_body_bytes: visit.bodies,
		first_visit_responses: visit.responses,
		pdf_chunk_gzip_bytes: lazy.js,
		font_gzip_bytes: lazy.font,
		arabic_gzip_bytes: arabic,
		download_baseline_ms: baseline,
		first_document_ms: round(median(firsts)),
		runs: RUNS,
		node: node,
		chromium: chromiumResults
	})
);
