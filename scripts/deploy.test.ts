import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FALLBACK, FRESH, IMMUTABLE, securityHeaders } from './headers.js';

/** The files in deploy/ repeat the headers of scripts/headers.js by hand: each must carry exactly those. */
const read = (name: string) => readFileSync(new URL(`../deploy/${name}`, import.meta.url), 'utf8');
const pairs = (matches: IterableIterator<RegExpMatchArray>) =>
	Object.fromEntries([...matches].map((m) => [m[1]!, m[2]!]));

describe('deploy/nginx.conf', () => {
	const conf = read('nginx.conf');

	it('sends the security headers on every response', () => {
		expect(pairs(conf.matchAll(/^\tadd_header ([\w-]+) "([^"]*)" always;$/gm))).toEqual(securityHeaders);
	});

	it('keeps hashed files a year and asks again for everything else', () => {
		const map = /map \$uri \$gesprekswijzer_cache \{([^}]*)\}/.exec(conf)?.[1] ?? '';
		expect(map).toContain(`~^/_app/immutable/ "${IMMUTABLE}";`);
		expect(map).toContain(`default "${FRESH}";`);
		expect(conf).toMatch(/^\tadd_header Cache-Control \$gesprekswijzer_cache;$/m);
	});

	it('sends the brotli and gzip copies, and 200.html for the app’s addresses', () => {
		expect(conf).toMatch(/^\tbrotli_static on;$/m);
		expect(conf).toMatch(/^\tgzip_static on;$/m);
		expect(conf).toMatch(new RegExp(`try_files \\$uri \\$uri\\.html \\$uri/index\\.html ${FALLBACK};`));
	});
});

describe('deploy/Caddyfile', () => {
	const caddy = read('Caddyfile');

	it('sends the security headers on every response', () => {
		const block = /^\theader \{\n([^}]*)\t\}/m.exec(caddy)?.[1] ?? '';
		expect(pairs(block.matchAll(/^\t\t([\w-]+) "([^"]*)"$/gm))).toEqual(securityHeaders);
	});

	it('keeps hashed files a year and asks again for everything else', () => {
		expect(caddy).toContain(`header @immutable Cache-Control "${IMMUTABLE}"`);
		expect(caddy).toContain(`header @fresh Cache-Control "${FRESH}"`);
		expect(caddy).toMatch(/@immutable \{\n\t\tpath \/_app\/immutable\/\*\n\t\tfile\n\t\}/);
		expect(caddy).toMatch(/@fresh not path \/_app\/immutable\/\*/);
	});

	it('sends the brotli and gzip copies, and 200.html for the app’s addresses', () => {
		expect(caddy).toMatch(/precompressed br gzip/);
		expect(caddy).toContain(`rewrite @app ${FALLBACK}`);
	});
});

describe('deploy/_headers and _redirects (Netlify, Cloudflare Pages)', () => {
	/** The rules of a _headers file: path → its headers. */
	const rules = new Map<string, Record<string, string>>();
	for (const block of read('_headers').split(/\n(?=\/)/)) {
		const [path, ...lines] = block.split('\n').filter((line) => line && !line.startsWith('#'));
		if (path) rules.set(path, pairs(lines.join('\n').matchAll(/^ {2}([\w-]+): (.*)$/gm)));
	}

	it('sends the security headers on every response', () => {
		expect(rules.get('/*')).toEqual(securityHeaders);
	});

	it('keeps hashed files a year and asks again for the service worker', () => {
		expect(rules.get('/_app/immutable/*')).toEqual({ 'Cache-Control': IMMUTABLE });
		expect(rules.get('/service-worker.js')).toEqual({ 'Cache-Control': FRESH });
		expect([...rules.keys()]).toEqual(['/*', '/_app/immutable/*', '/service-worker.js']);
	});

	it('serves 200.html in place for a preparation’s addresses', () => {
		const lines = read('_redirects')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(lines.map((line) => line.split(/\s+/))).toEqual([['/p/*', FALLBACK, '200']]);
	});
});
