// The start page is prerendered; the preparation pages opt out and render in the browser (200.html).
export const prerender = true;
export const trailingSlash = 'never';
