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
import type { Language } from '$lib/model/constants';

let fonts: Promise<FontFiles> | undefined;

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
	return DOCUMENTS[kind](prep, await browserFonts());
}

/** The blank worksheet in the given language. */
export async function downloadWorksheet(language: Language): Promise<Made> {
	return downloaded(await makeWorksheet(language, await browserFonts()));
}

/** The course handout with a QR code to `address`, the app's own. */
export async function downloadHandout(language: Language, address: string): Promise<Made> {
	return downloaded(await makeHandout(language, address, await browserFonts()));
}

/** Hands a made document to the browser's download. */
export function downloaded(made: Made): Made {
	download(made.fileName, made.bytes as BlobPart, 'application/pdf');
	return made;
}
