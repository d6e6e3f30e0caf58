/**
 * Making documents in the browser. This module, pdf-lib and the fonts load only when the parent asks
 * for a document (pages import it dynamically); the fonts come from the app's own origin.
 */
import type { Preparation } from '$lib/model/preparation';
import { download } from '$lib/device/download';
import { makeAgenda } from './agenda';
import type { FontFiles } from './document';
import { FontLoadError } from './errors';
import boldUrl from './fonts/NotoSans-Bold.ttf?url';
import regularUrl from './fonts/NotoSans-Regular.ttf?url';
import type { Made } from './names';
import { makeOwnPage } from './own';
import { makeSheet } from './sheet';
import { makeWorksheet } from './worksheet';
import { makeHandout } from './handout';
import type { Language } from '$lib/i18n/languages';
import { loadLanguage } from '$lib/i18n/words';

let fonts: Promise<FontFiles> | undefined;

/** The fonts, and the words of the document's language (it may differ from the app's). */
async function ready(language: Language): Promise<FontFiles> {
	const [files] = await Promise.all([browserFonts(), loadLanguage(language)]);
	return files;
}

function browserFonts(): Promise<FontFiles> {
	const bytes = async (url: string) => {
		const response = await fetch(url).catch((error: unknown) => {
			throw new FontLoadError(`${url}: ${String(error)}`);
		});
		if (!response.ok) throw new FontLoadError(`${url}: ${response.status}`);
		return new Uint8Array(await response.arrayBuffer());
	};
	fonts ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
	fonts.catch(() => (fonts = undefined));
	return fonts;
}

export const DOCUMENTS = { agenda: makeAgenda, own: makeOwnPage, sheet: makeSheet } as const;

/** Makes the document; `downloaded` or the share sheet hands it to the parent. */
export async function makeDocument(kind: keyof typeof DOCUMENTS, prep: Preparation): Promise<Made> {
	return DOCUMENTS[kind](prep, await ready(prep.language));
}

/** The blank worksheet in the given language. */
export async function downloadWorksheet(language: Language): Promise<Made> {
	return downloaded(await makeWorksheet(language, await ready(language)));
}

/** The course handout with a QR code to `address`, the app's own. */
export async function downloadHandout(language: Language, address: string): Promise<Made> {
	return downloaded(await makeHandout(language, address, await ready(language)));
}

/** Hands a made document to the browser's download. */
export function downloaded(made: Made): Made {
	download(made.fileName, made.bytes as BlobPart, 'application/pdf');
	return made;
}
