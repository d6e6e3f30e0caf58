import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from './scripts/adapter.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * SvelteKit's route announcer (the live region that tells screen readers about navigation) carries a
 * style attribute. We allow exactly that one attribute by its hash instead of all inline styles; it is read
 * from Kit's own source so that an upgrade that changes it cannot silently break the page.
 */
function announcerStyleHash() {
	const source = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const style = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(source)?.[1];
	if (!style) throw new Error("svelte.config.js: the style of SvelteKit's route announcer was not found.");
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** The inline script in src/app.html (the remembered language, before the first paint) runs by its hash. */
function appScriptHash() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (!script) throw new Error('svelte.config.js: the inline script of src/app.html was not found.');
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/**
 * Everything is served from the app's own origin. The policy is written into each page as a <meta> tag
 * with hashes for SvelteKit's inline start-up script; the server adds what a <meta> cannot carry
 * (frame-ancestors, scripts/headers.js). Only directives every engine knows: WebKit reports
 * `manifest-src` in a <meta> as an error on every load, and `default-src 'self'` covers the manifest.
 */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self', appScriptHash()],
		'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No version marker on window: one request less on the start page, which has a budget of 40 KB.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ fallback: '200.html', strict: true }),
		// Registered by src/lib/offline/service-worker.ts, which also tells the parent about a new version.
		serviceWorker: { register: false },
		csp
	}
};

export default config;
