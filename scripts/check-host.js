// npm run check-host -- https://example.org : checks a host of the app as a browser meets it. Fetches the
// start page, a preparation's address, one hashed script and the service worker, each asking for brotli
// or gzip, and over HTTPS whether the host speaks HTTP/2; it prints one line per check, PASS or FAIL; the
// exit code is 1 when any check fails.
// The headers expected are those of scripts/headers.js, which scripts/serve.js and deploy/ send.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:tls';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FALLBACK, securityHeaders } from './headers.js';

/**
 * @typedef {{ url: string, status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }} Reply
 * @typedef {{ ok: boolean, what: string, detail: string }} Check
 */

/** One GET as it comes over the wire (no decompression), following up to 3 redirects. */
export function get(/** @type {string} */ url, encoding = 'br, gzip', hops = 3) {
	return /** @type {Promise<Reply>} */ (
		new Promise((resolve, reject) => {
			const request = url.startsWith('https:') ? httpsRequest : httpRequest;
			const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
				const chunks = /** @type {Buffer[]} */ ([]);
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () => {
					const status = res.statusCode ?? 0;
					if (status >= 300 && status < 400 && res.headers.location && hops > 0) {
						resolve(get(new URL(res.headers.location, url).href, encoding, hops - 1));
					} else resolve({ url, status, headers: res.headers, body: Buffer.concat(chunks) });
				});
			});
			req.on('error', reject);
			req.setTimeout(15_000, () => req.destroy(new Error(`no answer from ${url} in 15 s`)));
			req.end();
		})
	);
}

/** @param {Reply} reply */
export function text(reply) {
	const encoding = reply.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(reply.body).toString('utf8');
	if (encoding === 'gzip') return gunzipSync(reply.body).toString('utf8');
	return reply.body.toString('utf8');
}

/** @param {Reply} reply @param {string} name */
const header = (reply, name) => String(reply.headers[name.toLowerCase()] ?? '');

/** The checks of one response. @param {string} what @param {Reply} reply @param {{ type: RegExp, cache: 'fresh' | 'immutable', security: boolean }} want */
function checkReply(what, reply, want) {
	/** @type {Check[]} */
	const checks = [];
	const add = (/** @type {boolean} */ ok, /** @type {string} */ detail) => checks.push({ ok, what, detail });
	const path = new URL(reply.url).pathname;
	add(reply.status === 200, `status ${reply.status}${what === path ? '' : ` (${path})`}`);
	add(
		want.type.test(header(reply, 'content-type')),
		`Content-Type: ${header(reply, 'content-type') || '(none)'}`
	);
	const cache = header(reply, 'cache-control');
	add(
		want.cache === 'immutable'
			? /immutable/.test(cache) && Number(/max-age=(\d+)/.exec(cache)?.[1]) >= 31_536_000
			: /no-cache|no-store|max-age=0\b/.test(cache),
		`Cache-Control: ${cache || '(none)'} (${want.cache === 'immutable' ? 'a year, immutable' : 'asked again every time'})`
	);
	const encoding = header(reply, 'content-encoding');
	add(
		['br', 'gzip'].includes(encoding),
		`Content-Encoding: ${encoding || '(none)'}, ${reply.body.length} bytes`
	);
	if (encoding)
		add(/accept-encoding/i.test(header(reply, 'vary')), `Vary: ${header(reply, 'vary') || '(none)'}`);
	const names = want.security ? Object.keys(securityHeaders) : ['X-Content-Type-Options'];
	for (const name of names) {
		const expected = securityHeaders[/** @type {keyof typeof securityHeaders} */ (name)];
		const got = header(reply, name);
		add(got === expected, `${name}: ${got || '(none)'}${got === expected ? '' : ` (expected ${expected})`}`);
	}
	return checks;
}

/**
 * The protocol an HTTPS host agrees to speak with a browser: 'h2' (HTTP/2) or 'http/1.1'. Only the
 * handshake's choice is read here; whether the certificate is trusted the other checks find out.
 * @param {string} origin an https:// address
 */
export function httpVersion(origin) {
	const { hostname, port } = new URL(origin);
	return /** @type {Promise<string>} */ (
		new Promise((resolve, reject) => {
			const socket = connect({
				host: hostname,
				port: Number(port || 443),
				servername: hostname,
				ALPNProtocols: ['h2', 'http/1.1'],
				rejectUnauthorized: false
			});
			socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer from ${origin} in 15 s`)));
			socket.on('secureConnect', () => {
				resolve(socket.alpnProtocol || 'http/1.1');
				socket.end();
			});
			socket.on('error', reject);
		})
	);
}

/** Every check of the host at `origin`. @param {string} origin @returns {Promise<Check[]>} */
export async function checkHost(origin) {
	const at = (/** @type {string} */ path) => new URL(path, origin).href;
	const html = /^text\/html/;
	const js = /^(text|application)\/javascript/;
	const start = await get(at('/'));
	const checks = checkReply('/', start, { type: html, cache: 'fresh', security: true });

	const prep = await get(at('/p/check-host/stap/1'));
	checks.push(...checkReply('/p/…/stap/1', prep, { type: html, cache: 'fresh', security: true }));
	const fallback = await get(at(FALLBACK));
	const same = prep.status === 200 && fallback.status === 200 && text(prep) === text(fallback);
	checks.push({
		ok: same,
		what: '/p/…/stap/1',
		detail: `is ${FALLBACK} (the page that renders a preparation)`
	});

	// Prerendered pages name their scripts relative to the page ("./_app/immutable/…").
	const script = /"\.?(\/_app\/immutable\/[^"]+\.js)"/.exec(start.status === 200 ? text(start) : '')?.[1];
	if (script) {
		const reply = await get(at(script));
		checks.push(...checkReply('a hashed script', reply, { type: js, cache: 'immutable', security: false }));
	} else checks.push({ ok: false, what: 'a hashed script', detail: `none named in the start page` });

	const worker = await get(at('/service-worker.js'));
	checks.push(...checkReply('/service-worker.js', worker, { type: js, cache: 'fresh', security: true }));

	// A preparation's page loads about 45 files: over HTTP/1.1 a browser fetches six at a time.
	if (origin.startsWith('https:')) {
		const version = await httpVersion(origin);
		checks.push({
			ok: version === 'h2',
			what: 'HTTPS',
			detail: `speaks ${version === 'h2' ? 'HTTP/2' : version}`
		});
	}
	return checks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const origin = process.argv[2];
	if (!origin || !/^https?:\/\//.test(origin)) {
		console.error('Usage: npm run check-host -- https://your.host');
		process.exit(2);
	}
	try {
		const checks = await checkHost(origin);
		for (const { ok, what, detail } of checks)
			console.log(`${ok ? 'PASS' : 'FAIL'}  ${what.padEnd(19)} ${detail}`);
		const failed = checks.filter((check) => !check.ok).length;
		console.log(
			failed ? `${failed} of ${checks.length} checks failed` : `all ${checks.length} checks passed`
		);
		process.exit(failed ? 1 : 0);
	} catch (error) {
		console.error(`FAIL  ${origin}: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
}
