// Serves the production build (build/, or $BUILD_DIR) on http://localhost:4173, or on $PORT. Static files only: the app
// has no server side. Sends the headers of scripts/headers.js, the brotli or gzip copy the build wrote when the
// browser accepts it, and falls back to 200.html for the preparation pages, which render in the browser.
// With TLS_CERT and TLS_KEY (PEM files) it serves HTTPS and HTTP/2, as a real host does (npm run audit uses it).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';
import { cacheControl, FALLBACK, securityHeaders } from './headers.js';

const root = process.env.BUILD_DIR ?? new URL('../build', import.meta.url).pathname;
if (!existsSync(root)) {
	console.error('No build found. Run "npm run build" first (or "npm start", which builds and serves).');
	process.exit(1);
}

const port = Number(process.env.PORT ?? 4173);
const files = sirv(root, {
	single: FALLBACK.slice(1),
	etag: true,
	// file.br or file.gz by Accept-Encoding, with the original's Content-Type and "Vary: Accept-Encoding".
	brotli: true,
	gzip: true,
	setHeaders(res, pathname) {
		res.setHeader('Cache-Control', cacheControl(pathname));
	}
});

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function serve(req, res) {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	files(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}

const { TLS_CERT, TLS_KEY } = process.env;
const server =
	TLS_CERT && TLS_KEY
		? createSecureServer(
				{ cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY), allowHTTP1: true },
				/** @type {any} sirv takes HTTP/2's compatible request and response */ (serve)
			)
		: createServer(serve);
server.listen(port, () => {
	console.log(`Gesprekswijzer is running at ${TLS_CERT ? 'https' : 'http'}://localhost:${port}`);
});
