/**
 * The documents that need nothing of a parent, for pages to offer on a button. The PDF code and fonts load
 * on the first click, never with the page.
 */
import type { Language } from '$lib/model/constants';

export async function downloadWorksheet(language: Language) {
	return (await import('./browser')).downloadWorksheet(language);
}

export async function downloadHandout(language: Language, address: string) {
	return (await import('./browser')).downloadHandout(language, address);
}
