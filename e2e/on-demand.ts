/**
 * The build's files that only a document with text beyond Latin fetches, found as scripts/on-demand.js
 * finds them for the service worker: the Arabic and Ethiopic fonts, and the chunk of the code that draws
 * them (the one with bidi-js).
 */
import { readdirSync, readFileSync } from 'node:fs';

const IMMUTABLE = new URL('../build/_app/immutable/', import.meta.url).pathname;

export function onDemandFiles(): string[] {
	return readdirSync(IMMUTABLE, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(js|ttf)$/.test(file))
		.filter(
			(file) =>
				/NotoSans(Arabic|Ethiopic)-/.test(file) ||
				(file.endsWith('.js') && readFileSync(IMMUTABLE + file, 'utf8').includes('getEmbeddingLevels'))
		)
		.map((file) => `/_app/immutable/${file}`);
}
