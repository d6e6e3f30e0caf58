/**
 * What can go wrong while making a document, by name, so that the page can say what happened and what
 * to do, instead of one "it failed". No pdf-lib here: pages import this without loading the PDF code.
 */
import type { Localized } from '$lib/i18n/labels';
import { m } from '$lib/messages';

/** The PDF code could not be loaded: offline before it was ever kept, or a new version replaced it. */
export class PdfCodeLoadError extends Error {
	override name = 'PdfCodeLoadError' as const;
}

/** A font file could not be fetched or read. */
export class FontLoadError extends Error {
	override name = 'FontLoadError' as const;
}

/** The message for a failure, in the app's language. */
export function failureMessage(error: unknown): Localized {
	const name = (error as { name?: string } | null)?.name;
	return name === 'PdfCodeLoadError' || name === 'FontLoadError'
		? m.documents_failed_load
		: m.documents_failed;
}
