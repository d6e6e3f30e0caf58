import { readFileSync } from 'node:fs';
import { expect, open, storePreparation, test } from './fixtures';

const example = readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8');
const id = JSON.parse(example).id as string;
const fallback = readFileSync(new URL('../build/200.html', import.meta.url), 'utf8');
const preloads = [
	...fallback.matchAll(/<link href="([^"]+)" rel="(?:modulepreload"|preload" as="style" crossorigin)>/g)
].map((m) => m[1]!);

// The network as a first visit sees it, without the service worker's copy.
test.use({ serviceWorkers: 'block' });

test('a preparation page asks for the code and styles all preparation pages share at once, not after its own', async ({
	page
}) => {
	// SvelteKit preloads its entry and the root layout (six files); the rest are the preparation's.
	expect(preloads.length).toBeGreaterThan(10);
	expect(preloads.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(0);
	// A preload the page cannot use (another credentials mode) is fetched twice, and Chromium warns.
	const warnings: string[] = [];
	page.on('console', (message) => {
		const blocked = message.text().includes('blocked by Playwright'); // serviceWorkers: 'block'
		if (['warning', 'error'].includes(message.type()) && !blocked) warnings.push(message.text());
	});
	await storePreparation(page, example);
	for (const path of [`/p/${id}/stap/1`, `/p/${id}/controleren`, `/p/${id}/agenda`]) {
		const asked: string[] = [];
		const listen = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
		page.on('request', listen);
		await open(page, path);
		page.off('request', listen);
		// The page's own code (its node) comes after everything the fallback page preloads.
		const own = asked.findIndex((p) => /\/nodes\/\d+\./.test(p) && !preloads.includes(p));
		expect(own, path).toBeGreaterThan(0);
		for (const file of preloads) {
			const at = asked.indexOf(file);
			expect(at, `${path}: ${file}`).toBeGreaterThanOrEqual(0);
			expect(at, `${path}: ${file}`).toBeLessThan(own);
			expect(asked.lastIndexOf(file), `${path}: ${file} asked once`).toBe(at);
		}
	}
	expect(warnings).toEqual([]);
});
