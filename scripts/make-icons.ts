// Writes the app icons (static/icons/*.png) from one drawing, rendered by Chromium: the home-screen icons
// of the web app manifest and the Apple touch icon. Run after changing the drawing: npm run icons
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

/** The speech bubble of favicon.svg on the brand colour; `inset` leaves the safe zone of maskable icons. */
const drawing = (inset: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-inset} ${-inset} ${32 + 2 * inset} ${32 + 2 * inset}">` +
	`<rect x="${-inset}" y="${-inset}" width="${32 + 2 * inset}" height="${32 + 2 * inset}" fill="#1d4e89"/>` +
	`<path d="M7 9h18v11H15l-5 4v-4H7z" fill="#fff"/></svg>`;

const ICONS = [
	{ file: 'icon-192.png', size: 192, inset: 0 },
	{ file: 'icon-512.png', size: 512, inset: 0 },
	{ file: 'icon-maskable-512.png', size: 512, inset: 8 },
	{ file: 'apple-touch-icon.png', size: 180, inset: 2 }
];

const dir = new URL('../static/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
for (const { file, size, inset } of ICONS) {
	await page.setViewportSize({ width: size, height: size });
	const svg = drawing(inset).replace('<svg ', `<svg width="${size}" height="${size}" `);
	await page.setContent(`<body style="margin:0">${svg}</body>`);
	writeFileSync(new URL(file, dir), await page.locator('svg').screenshot());
	console.log(`static/icons/${file}`);
}
await browser.close();
