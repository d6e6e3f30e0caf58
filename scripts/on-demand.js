// Files of the build that a parent's first visit does not fetch: the fonts of scripts beyond Latin and the
// code that draws their text, which only a document with such text needs (src/lib/pdf/font-files.ts). The
// service worker keeps them from the first time they are fetched instead (src/service-worker.ts). Their
// names carry only a hash, so this plugin tells the worker which they are: it finds them in the client
// build and sets `__ON_DEMAND__` (the list of their addresses) in `define`, which SvelteKit passes on to
// the build of the service worker. SvelteKit runs the client build inside the server build and builds the
// worker with the server build's config, so the value goes into the config of every build of this run.

/** The resolved configs of this process's builds, shared by the plugin's instances (one per build). */
const shared = /** @type {{ [key: symbol]: Set<import('vite').ResolvedConfig> | undefined }} */ (
	/** @type {unknown} */ (globalThis)
);
const KEY = Symbol.for('gesprekswijzer-on-demand-configs');
const configs = (shared[KEY] ??= new Set());

/**
 * @param {{ code: string[], assets: RegExp }} on `code`: the modules (paths from the project's root) whose
 *   dynamic chunks are on demand; `assets`: matches the source paths of the assets on demand.
 * @returns {import('vite').Plugin}
 */
export function onDemand({ code, assets }) {
	/** @type {import('vite').ResolvedConfig} */
	let config;
	return {
		name: 'gesprekswijzer-on-demand',
		apply: 'build',
		configResolved(resolved) {
			config = resolved;
			configs.add(resolved);
		},
		generateBundle(_, bundle) {
			if (config.build.ssr) return;
			/** @type {string[]} */
			const files = [];
			for (const output of Object.values(bundle)) {
				const wanted =
					output.type === 'chunk'
						? code.some((module) => output.facadeModuleId?.endsWith(`/${module}`))
						: output.originalFileNames.some((path) => assets.test(path));
				if (wanted) files.push(`/${output.fileName}`);
			}
			const chunks = files.filter((file) => file.endsWith('.js'));
			// Without its chunk the worker would keep that code in every first visit, unseen: fail instead.
			if (chunks.length !== code.length) this.error(`on-demand chunks: found ${chunks.join(', ')}`);
			// `define` is read-only in the types, but SvelteKit reads it from this object for the worker.
			for (const each of configs) Object.assign(each.define ?? {}, { __ON_DEMAND__: JSON.stringify(files) });
		}
	};
}
