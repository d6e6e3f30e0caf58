/**
 * The font files read from disk, for the command line and the tests (the browser fetches them instead),
 * all of them: each document embeds only the script fonts its text needs (fonts.ts).
 */
import { readFileSync } from 'node:fs';
import { beyondLatin } from './beyond-latin';
import type { FontFiles, Weights } from './fonts';

const read = (name: string) => readFileSync(new URL(`./fonts/${name}`, import.meta.url));
const weights = (family: string): Weights => ({
	regular: read(`${family}-Regular.ttf`),
	bold: read(`${family}-Bold.ttf`)
});

export function nodeFonts(): FontFiles {
	return {
		...weights('NotoSans'),
		scripts: { arabic: weights('NotoSansArabic'), ethiopic: weights('NotoSansEthiopic') },
		beyondLatin
	};
}
