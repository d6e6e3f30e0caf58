/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Makes the whole app work offline after the first visit: every page, the PDF code and the fonts are kept
 * in a cache named after this build. It holds only the app's own files, never anything a parent typed.
 * The fonts of scripts beyond Latin (Arabic, Ethiopic) and the code that draws them are kept only once a
 * document needs them: a parent who never needs them never downloads them.
 * A new build installs beside the old one and waits; the page tells the parent and switches over only when
 * the parent says so (message 'use-new-version'), so no page runs half old, half new.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'gesprekswijzer-app-';
const CACHE = `${PREFIX}${version}`;
/** The page adapter-static writes for every address that is not prerendered (the preparation pages). */
const FALLBACK = `${base}/200.html`;
/**
 * What the pages load: code, styles, fonts, pages and the small static files. Not the PNG icons: the device
 * reads them when the app is installed, no page ever asks for them, and they would cost every first visit.
 */
const STATIC = files.filter((file) => !file.startsWith(`${base}/icons/`));
/** Set by the build (scripts/on-demand.js): what only a document with text beyond Latin fetches. */
declare const __ON_DEMAND__: string[] | undefined;
const SCRIPT_FILES = new Set(
	(typeof __ON_DEMAND__ === 'undefined' ? [] : __ON_DEMAND__).map((file) => base + file)
);
/**
 * Files only some parents need: the words of each language but Dutch. Not part of a first visit; kept
 * once a page has used them, so that a language chosen online also works offline.
 */
const WORDS = /\/_app\/immutable\/assets\/words-[a-z-]+\.[\w-]+\.json$/;
/** Kept from their first use, not in the first visit: the script fonts and their code, and the words. */
const onDemand = (path: string) => SCRIPT_FILES.has(path) || WORDS.test(path);
const APP = new Set([...build, ...STATIC, ...prerendered, FALLBACK].filter((file) => !onDemand(file)));

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...APP])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'use-new-version') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (onDemand(url.pathname)) {
		event.respondWith(keptOnDemand(url.pathname, request));
		return;
	}
	const known = APP.has(url.pathname) ? url.pathname : request.mode === 'navigate' ? FALLBACK : undefined;
	if (!known) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached = await cache.match(known);
			if (cached) return cached;
			// Not in the cache (the cache was cleared by "Alles wissen"): the network, as without a worker.
			return fetch(request);
		})()
	);
});

/** A file on demand: from the cache once kept; else from the network, and kept for offline use. */
async function keptOnDemand(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(path);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(path, response.clone());
	return response;
}
