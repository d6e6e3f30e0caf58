/**
 * pdf-lib and fontkit import code that this app never runs, about half of the PDF code a parent's phone
 * downloads and compiles on the first document: the metrics of the 14 standard PDF fonts (which cannot
 * print "Ayşe" or "Łukasz"), a PNG decoder (our documents have no images), a Brotli decoder (for WOFF2 fonts;
 * ours are TTF), and pako, an older, slower deflate. These aliases put a small module in their place: fflate
 * for deflate, and for the others a module that fails with a clear error should it ever be called.
 *
 * vite.config.ts uses them for the app and the unit tests, scripts/vite.config.ts for the command line and
 * the benchmark, so that Node makes every document with the same code as the browser.
 */
import { fileURLToPath } from 'node:url';

/** @param {string} file */
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

export const slimAliases = [
	// pdf-lib's ES build, also in Node (whose default is the CommonJS build, out of reach of these aliases).
	{ find: /^pdf-lib$/, replacement: 'pdf-lib/es/index.js' },
	{ find: /^pako$/, replacement: here('./pako.ts') },
	{ find: /^@pdf-lib\/standard-fonts$/, replacement: here('./standard-fonts.ts') },
	{ find: /^@pdf-lib\/upng$/, replacement: here('./left-out.ts') },
	{ find: /^brotli\/decompress\.js$/, replacement: here('./left-out.ts') }
];

/** In Node, these packages must go through Vite (not Node's own loader) for the aliases to reach them. */
export const slimNoExternal = ['pdf-lib', 'fontkit'];
