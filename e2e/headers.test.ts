/**
 * What the server sends, as it comes over the wire: the security headers of scripts/headers.js, caching,
 * compression by Accept-Encoding and the 200.html fallback. Runs against scripts/serve.js and against nginx
 * with deploy/nginx.conf (playwright.config.ts), and checks both with `npm run check-host`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get, text } from '../scripts/check-host.js';
import { FRESH, IMMUTABLE, securityHeaders } from '../scripts/headers.js';
import { startJs } from '../scripts/js-weight.js';
import { expect, test } from './fixtures';

const build = new URL('../build', import.meta.url).pathname;
const id = JSON.parse(readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8')).id;
/** The start page's biggest script, where compression shows most (read from the build when a test runs). */
function biggestScript() {
	const sizes = startJs().paths.map((path) => ({ path, size: readFileSync(build + path).length }));
	return sizes.sort((a, b) => b.size - a.size)[0]!.path;
}

const html = /^text\/html/;
const js = /^(text|application)\/javascript/;
/** What is asked, which file of the build answers it, its type and its caching. */
const ADDRESSES: { name: string; at: () => [string, string]; type: RegExp; cache: string }[] = [
	{ name: 'the start page', at: () => ['/', '/index.html'], type: html, cache: FRESH },
	{ name: 'a preparation’s page', at: () => [`/p/${id}/stap/1`, '/200.html'], type: html, cache: FRESH },
	{ name: 'a hashed script', at: () => [biggestScript(), biggestScript()], type: js, cache: IMMUTABLE },
	{
		name: 'the service worker',
		at: () => ['/service-worker.js', '/service-worker.js'],
		type: js,
		cache: FRESH
	}
];

for (const { name, at, ...want } of ADDRESSES) {
	test(`${name}: the security headers, caching, and the file compressed as asked`, async ({ baseURL }) => {
		const [address, path] = at();
		const file = readFileSync(build + path, 'utf8');
		for (const encoding of ['br', 'gzip', '']) {
			const reply = await get(new URL(address, baseURL).href, encoding);
			const what = `${address} asked with "${encoding}"`;
			expect(reply.status, what).toBe(200);
			for (const [name, value] of Object.entries(securityHeaders)) {
				expect(reply.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
			}
			expect(reply.headers['cache-control'], what).toBe(want.cache);
			expect(reply.headers['content-type'], what).toMatch(want.type);
			expect(reply.headers['vary'], what).toMatch(/Accept-Encoding/i);
			expect(reply.headers['content-encoding'], what).toBe(encoding || undefined);
			// The bytes are the file's (for a preparation's address: 200.html's), and compressed they are fewer.
			expect(text(reply), what).toBe(file);
			if (encoding) expect(reply.body.length, what).toBeLessThan(Buffer.byteLength(file) * 0.6);
		}
	});
}

test('a file that is not there is a 404, not the page in its place, and is not kept', async ({ baseURL }) => {
	for (const address of ['/_app/immutable/chunks/not-there.js', '/not-there.css']) {
		const reply = await get(new URL(address, baseURL).href);
		expect(reply.status, address).toBe(404);
		expect(reply.headers['cache-control'] ?? '', address).not.toContain('immutable');
		expect(reply.headers['x-content-type-options'], address).toBe('nosniff');
	}
});

test('`npm run check-host` passes this server, line by line', async ({ baseURL }) => {
	const output = execFileSync(process.execPath, ['scripts/check-host.js', baseURL!], { encoding: 'utf8' });
	const lines = output.trim().split('\n');
	expect(lines.filter((line) => !line.startsWith('PASS'))).toEqual([`all ${lines.length - 1} checks passed`]);
	expect(output).toMatch(/^PASS {2}\/p\/…\/stap\/1 +is \/200\.html/m);
	expect(output).toMatch(/^PASS {2}a hashed script +Content-Encoding: br, \d+ bytes/m);
});
