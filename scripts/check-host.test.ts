import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHost, httpVersion } from './check-host.js';
import { cacheControl, securityHeaders } from './headers.js';

const START =
	'<html><link href="./_app/immutable/entry/start.abc.js" rel="modulepreload"><h1>Start</h1></html>';
const FALLBACK = '<html><script>start()</script></html>';
const SCRIPT = 'export const x = 1;'.repeat(20);

/** A host as a test wants it: `good` does all a host should, the others leave one thing out. */
function host(mistake?: 'headers' | 'compression' | 'fallback' | 'caching'): Promise<Server> {
	const files: Record<string, [string, string]> = {
		'/': [START, 'text/html'],
		'/200.html': [FALLBACK, 'text/html'],
		'/_app/immutable/entry/start.abc.js': [SCRIPT, 'text/javascript'],
		'/service-worker.js': [SCRIPT, 'text/javascript']
	};
	const server = createServer((req, res) => {
		const path = req.url!;
		const file =
			files[path] ?? (path.startsWith('/p/') ? files[mistake === 'fallback' ? '/' : '/200.html'] : undefined);
		if (mistake !== 'headers')
			for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		if (!file) return res.writeHead(404).end();
		res.setHeader('Content-Type', file[1]);
		res.setHeader('Cache-Control', mistake === 'caching' ? 'max-age=600' : cacheControl(path));
		if (mistake === 'compression' || !/br/.test(String(req.headers['accept-encoding'])))
			return res.end(file[0]);
		res.setHeader('Content-Encoding', 'br');
		res.setHeader('Vary', 'Accept-Encoding');
		res.end(brotliCompressSync(file[0]));
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server | undefined;
afterEach(() => void server?.close());

async function failures(mistake?: Parameters<typeof host>[0]) {
	server = await host(mistake);
	const checks = await checkHost(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
	return checks.filter((check) => !check.ok).map((check) => `${check.what}: ${check.detail}`);
}

describe('npm run check-host', () => {
	it('passes a host that does everything right', async () => {
		expect(await failures()).toEqual([]);
	});

	it('names each security header a host leaves out, on the pages and the service worker', async () => {
		const failed = await failures('headers');
		expect(failed).toContain('/: X-Frame-Options: (none) (expected DENY)');
		expect(failed).toContain(
			'/service-worker.js: Content-Security-Policy: (none) (expected ' +
				securityHeaders['Content-Security-Policy'] +
				')'
		);
		expect(failed.filter((line) => line.startsWith('a hashed script'))).toEqual([
			'a hashed script: X-Content-Type-Options: (none) (expected nosniff)'
		]);
		expect(failed).toHaveLength(3 * Object.keys(securityHeaders).length + 1);
	});

	it('fails a host that sends the files uncompressed', async () => {
		const failed = await failures('compression');
		expect(failed).toHaveLength(4);
		expect(failed).toContain('a hashed script: Content-Encoding: (none), 380 bytes');
	});

	it('fails a host that answers a preparation’s address with another page than 200.html', async () => {
		expect(await failures('fallback')).toEqual([
			'/p/…/stap/1: is /200.html (the page that renders a preparation)'
		]);
	});

	it('fails a host that keeps pages for a while and scripts not for long', async () => {
		const failed = await failures('caching');
		expect(failed).toHaveLength(4);
		expect(failed).toContain('a hashed script: Cache-Control: max-age=600 (a year, immutable)');
	});
});

describe('npm run check-host over HTTPS', () => {
	// A certificate for localhost, for tests only.
	const tls = {
		key: readFileSync(new URL('./fixtures/localhost-key.pem', import.meta.url)),
		cert: readFileSync(new URL('./fixtures/localhost-cert.pem', import.meta.url))
	};
	const listening = (tlsServer: Server | ReturnType<typeof createSecureServer>) =>
		new Promise<string>((resolve) =>
			tlsServer.listen(0, '127.0.0.1', () =>
				resolve(`https://localhost:${(tlsServer.address() as AddressInfo).port}`)
			)
		);

	it('tells a host that speaks HTTP/2 from one that speaks only HTTP/1.1', async () => {
		const h2 = createSecureServer({ ...tls, allowHTTP1: true }, (_req, res) => res.end());
		const h1 = createHttpsServer(tls, (_req, res) => res.end());
		try {
			expect(await httpVersion(await listening(h2))).toBe('h2');
			expect(await httpVersion(await listening(h1))).toBe('http/1.1');
		} finally {
			h2.close();
			h1.close();
		}
	});
});
