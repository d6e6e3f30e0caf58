// Serves the production build (build/, or $BUILD_DIR) on http://localhost:4173, or on $PORT. Static files only: the app
// has no server side. Sends the headers of scripts/headers.js, the brotli or gzip copy the build wrote when the
// browser accepts it, and falls back to 200.html for the preparation pages, which render in the browser.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
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

createServer((req, res) => {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	files(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}).listen(port, () => {
	console.log(`Gesprekswijzer is running at http://localhost:${port}`);
});
