// Serves the production build (build/, or $BUILD_DIR) on http://localhost:4173, or on $PORT. Static files only: the app
// has no server side. Adds the security headers a <meta> tag cannot carry, and falls back to 200.html
// for the preparation pages, which render in the browser.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const root = process.env.BUILD_DIR ?? new URL('../build', import.meta.url).pathname;
if (!existsSync(root)) {
	console.error('No build found. Run "npm run build" first (or "npm start", which builds and serves).');
	process.exit(1);
}

const port = Number(process.env.PORT ?? 4173);
const files = sirv(root, {
	single: '200.html',
	etag: true,
	setHeaders(res, pathname) {
		// Hashed assets never change; pages and the service worker must always be fresh.
		res.setHeader(
			'Cache-Control',
			pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
	}
});

createServer((req, res) => {
	res.setHeader('Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
	res.setHeader('X-Frame-Options', 'DENY');
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'no-referrer');
	res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
	files(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}).listen(port, () => {
	console.log(`Gesprekswijzer is running at http://localhost:${port}`);
});
