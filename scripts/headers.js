// The response headers every host of the app sends: the one list that scripts/serve.js uses, that
// scripts/check-host.js checks a host against, and that the files in deploy/ must repeat (a test compares
// them). The pages carry the rest of the Content-Security-Policy in a <meta> tag (svelte.config.js); these
// are what a <meta> cannot carry, or what every response needs.

/** Sent with every response, pages and files alike. */
export const securityHeaders = {
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

/** Files whose name carries their content's hash: they never change, so browsers keep them a year. */
export const IMMUTABLE_PREFIX = '/_app/immutable/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the service worker: asked again every time, so a new version reaches the parent. */
export const FRESH = 'no-cache';

/** @param {string} pathname */
export function cacheControl(pathname) {
	return pathname.startsWith(IMMUTABLE_PREFIX) ? IMMUTABLE : FRESH;
}

/** The page adapter-static writes for every address that is not prerendered (the preparation pages). */
export const FALLBACK = '/200.html';
