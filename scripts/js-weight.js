// Measures the gzipped size of the JavaScript a built page loads at start. SvelteKit lists every module the
// first render needs as <link rel="modulepreload"> (plus the two entry imports), so those are summed.
// Usage: node scripts/js-weight.js [page.html]   (default index.html, the start page)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const build = new URL('../build', import.meta.url).pathname;

/** @param {string} page @returns {{ files: number, gzip: number, paths: string[] }} */
export function startJs(page = 'index.html') {
	const html = readFileSync(join(build, page), 'utf8');
	const files = new Set(
		[...html.matchAll(/(?:href="|import\(")\.?(\/?_app\/immutable\/[^"]+\.js)"/g)].map((m) =>
			m[1].replace(/^\//, '')
		)
	);
	let gzip = 0;
	for (const file of files) gzip += gzipSync(readFileSync(join(build, file)), { level: 9 }).length;
	return { files: files.size, gzip, paths: [...files].map((file) => `/${file}`) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { files, gzip } = startJs(process.argv[2]);
	console.log(`${files} files, ${gzip} bytes gzipped`);
}
