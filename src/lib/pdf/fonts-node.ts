/** The font files read from disk, for the command line and the tests (the browser fetches them instead). */
import { readFileSync } from 'node:fs';
import type { FontFiles } from './document';

export function nodeFonts(): FontFiles {
	return {
		regular: readFileSync(new URL('./fonts/NotoSans-Regular.ttf', import.meta.url)),
		bold: readFileSync(new URL('./fonts/NotoSans-Bold.ttf', import.meta.url))
	};
}
