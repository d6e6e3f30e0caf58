// @ts-check
/**
 * The preparation's pages are not prerendered (what they show is in the parent's storage): a host answers
 * them with 200.html, for which SvelteKit preloads only the app's entry and the root layout. The rest of a
 * page's code then loads as a chain, the route's node first and its chunks after it, one round trip each on
 * a phone. `withPreloads` adds to 200.html the files that every preparation page loads: the preparation's
 * layout and the chunks all its pages share, so that they come with the first wave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {Record<string, { file: string, imports?: string[], css?: string[] }>} Manifest */

/** The route files under which the preparation's pages live. */
const PREPARATION = 'src/routes/p/[id]/';

/**
 * SvelteKit's generated node modules (`generated/client-optimized/nodes/<n>.js`), each naming the route
 * files it stands for: those of the preparation's layouts and of its pages.
 * @param {string} dir the folder of the generated node modules
 * @param {string} prefix how Vite's manifest names that folder
 */
export function preparationNodes(dir, prefix) {
	/** @type {{ layouts: string[], pages: string[] }} */
	const nodes = { layouts: [], pages: [] };
	for (const name of readdirSync(dir)) {
		const source = readFileSync(join(dir, name), 'utf8');
		const route = /src\/routes\/[^"']*/.exec(source)?.[0];
		if (!route?.startsWith(PREPARATION)) continue;
		(/\+layout\.(svelte|ts|js)$/.test(route) ? nodes.layouts : nodes.pages).push(`${prefix}/${name}`);
	}
	return nodes;
}

/**
 * The files that loading these manifest entries loads: each entry's file and its styles and, in turn, what
 * it imports statically (not what it imports on demand, such as the PDF code).
 * @param {Manifest} manifest @param {string[]} keys
 */
export function loads(manifest, keys) {
	const files = new Set();
	const seen = new Set();
	const visit = (/** @type {string} */ key) => {
		if (seen.has(key)) return;
		seen.add(key);
		const entry = manifest[key];
		if (!entry) throw new Error(`scripts/preload.js: ${key} is not in Vite's manifest.`);
		files.add(entry.file);
		for (const style of entry.css ?? []) files.add(style);
		for (const imported of entry.imports ?? []) visit(imported);
	};
	keys.forEach(visit);
	return files;
}

/**
 * The files every preparation page loads, with its layouts, in the order of the first page's.
 * @param {Manifest} manifest @param {{ layouts: string[], pages: string[] }} nodes
 */
export function sharedFiles(manifest, { layouts, pages }) {
	const each = pages.map((page) => loads(manifest, [...layouts, page]));
	const [first, ...rest] = each;
	return [...(first ?? [])].filter((file) => rest.every((files) => files.has(file)));
}

/**
 * The page with a preload for each file it does not already name, before `</head>`: a module preload for
 * code; a style preload for a stylesheet, which fetches it without applying it (SvelteKit adds the
 * stylesheet itself when the page that uses it opens, with `crossorigin`: the preload must ask the same
 * way, or the browser fetches it twice and warns).
 * @param {string} html @param {string[]} files paths in the build, such as `_app/immutable/chunks/x.js`
 */
export function withPreloads(html, files) {
	const links = files
		.filter((file) => !html.includes(`/${file}"`))
		.map((file) =>
			file.endsWith('.css')
				? `<link href="/${file}" rel="preload" as="style" crossorigin>`
				: `<link href="/${file}" rel="modulepreload">`
		)
		.join('');
	if (!html.includes('</head>')) throw new Error('scripts/preload.js: 200.html has no </head>.');
	return html.replace('</head>', `${links}</head>`);
}
