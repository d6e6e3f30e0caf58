// adapter-static with its brotli and gzip copies (precompress), and three things it does not do: compress
// the file types SvelteKit's list leaves out (the PDF fonts, .ttf, are a third of the app; the manifest),
// preload in the fallback page the code every preparation page loads (scripts/preload.js), and put the
// files that Netlify and Cloudflare Pages read (deploy/_headers, deploy/_redirects) in the build.
import {
	copyFileSync,
	createReadStream,
	createWriteStream,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import adapterStatic from '@sveltejs/adapter-static';
import { preparationNodes, sharedFiles, withPreloads } from './preload.js';

const PAGES = 'build';
/** Compressed here; Kit's precompress does .html, .js, .css, .json, .svg and a few more. */
const MORE = new Map([
	['.ttf', constants.BROTLI_MODE_FONT],
	['.webmanifest', constants.BROTLI_MODE_TEXT]
]);
const DEPLOY = fileURLToPath(new URL('../deploy', import.meta.url));
const HOST_FILES = ['_headers', '_redirects'];

/** @param {string} file @param {number} mode */
async function compress(file, mode) {
	const brotli = createBrotliCompress({
		params: {
			[constants.BROTLI_PARAM_MODE]: mode,
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: statSync(file).size
		}
	});
	await pipeline(createReadStream(file), brotli, createWriteStream(`${file}.br`));
	const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
	await pipeline(createReadStream(file), gzip, createWriteStream(`${file}.gz`));
}

/**
 * Adds to the fallback page the preloads of the code every preparation page loads, and compresses it again.
 * @param {string} outDir SvelteKit's folder (.svelte-kit) @param {string} page the fallback page in the build
 */
async function preloadPreparation(outDir, page) {
	const manifest = JSON.parse(readFileSync(join(outDir, 'output/client/.vite/manifest.json'), 'utf8'));
	const generated = 'generated/client-optimized/nodes';
	// Vite's manifest names the files relative to the project.
	const nodes = preparationNodes(join(outDir, generated), relative('.', join(outDir, generated)));
	writeFileSync(page, withPreloads(readFileSync(page, 'utf8'), sharedFiles(manifest, nodes)));
	await compress(page, constants.BROTLI_MODE_TEXT);
}

/** @param {{ fallback: string, strict?: boolean }} options @returns {import('@sveltejs/kit').Adapter} */
export default function adapter(options) {
	const inner = adapterStatic({ ...options, pages: PAGES, assets: PAGES, precompress: true });
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			await preloadPreparation(builder.config.kit.outDir, join(PAGES, options.fallback));
			const files = readdirSync(PAGES, { recursive: true, encoding: 'utf8' });
			await Promise.all(
				files
					.filter((name) => MORE.has(extname(name)))
					.map((name) => compress(join(PAGES, name), MORE.get(extname(name)) ?? 0))
			);
			for (const name of HOST_FILES) copyFileSync(join(DEPLOY, name), join(PAGES, name));
		}
	};
}
