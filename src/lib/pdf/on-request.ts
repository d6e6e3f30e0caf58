/**
 * The PDF code, for pages to use on a button. It loads on the first click, never with the page; later
 * clicks get the loaded module at once (a repeated `import()` still waits for the module loader, about
 * 10 ms in Chromium, which a parent would wait on every document).
 */
import type { Language } from '$lib/model/constants';

import { PdfCodeLoadError } from './errors';

let loaded: Promise<typeof import('./browser')> | undefined;

export function pdfCode() {
	loaded ??= import('./browser').catch((error: unknown) => {
		loaded = undefined;
		throw new PdfCodeLoadError(String(error));
	});
	return loaded;
}

export async function downloadWorksheet(language: Language) {
	return (await pdfCode()).downloadWorksheet(language);
}

export async function downloadHandout(language: Language, address: string) {
	return (await pdfCode()).downloadHandout(language, address);
}
