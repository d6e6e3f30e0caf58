/**
 * Making documents in the browser. This module, pdf-lib and the fonts load only when the parent asks
 * for a document (pages import it dynamically); the fonts come from the app's own origin, the fonts of
 * scripts beyond Latin only for a preparation whose text needs them (font-files.ts).
 */
import type { Preparation } from '$lib/model/preparation';
import { download } from '$lib/device/download';
import { makeAgenda } from './agenda';
import type { BeyondLatin } from './beyond-latin';
import type { FontFiles } from './document';
import { FontLoadError, PdfCodeLoadError } from './errors';
import { fontUrls } from './font-files';
import type { Made } from './names';
import { makeOwnPage } from './own';
import { scriptsOf, type Script } from './scripts';
import { makeSheet } from './sheet';
import { makeWorksheet } from './worksheet';
import { makeHandout } from './handout';
import type { Language } from '$lib/i18n/languages';
import { loadLanguage, wordsOf } from '$lib/i18n/words';

/** Each font file, fetched once per visit; forgotten when fetching failed, so that a later try fetches again. */
const files = new Map<string, Promise<Uint8Array>>();

function fetched(url: string): Promise<Uint8Array> {
	let bytes = files.get(url);
	if (!bytes) {
		bytes = (async () => {
			const response = await fetch(url).catch((error: unknown) => {
				throw new FontLoadError(`${url}: ${String(error)}`);
			});
			if (!response.ok) throw new FontLoadError(`${url}: ${response.status}`);
			return new Uint8Array(await response.arrayBuffer());
		})();
		files.set(url, bytes);
		bytes.catch(() => files.delete(url));
	}
	return bytes;
}

let beyondLatin: Promise<BeyondLatin> | undefined;

/** The code that draws the script fonts' text (beyond-latin.ts, with bidi-js), loaded with them. */
function beyondLatinCode(): Promise<BeyondLatin> {
	beyondLatin ??= import('./beyond-latin').then(
		(module) => module.beyondLatin,
		(error: unknown) => {
			beyondLatin = undefined;
			throw new PdfCodeLoadError(String(error));
		}
	);
	return beyondLatin;
}

/**
 * The words of the document's languages (they may differ from the app's), then the fonts that its text
 * and those words need: a document in Arabic, or with Arabic beside Dutch, needs the Arabic font for the
 * app's own words, not only for the parent's text.
 */
async function ready(languages: readonly Language[], texts: unknown): Promise<FontFiles> {
	await Promise.all(languages.map(loadLanguage));
	return browserFonts(scriptsOf([texts, ...languages.map((language) => wordsOf(language) ?? [])]));
}

/**
 * The font files for text in these scripts: Noto Sans, and a script's font and the code that draws it only
 * when the text needs them, so that a document of Latin text fetches what it always did.
 */
async function browserFonts(scripts: readonly Script[] = []): Promise<FontFiles> {
	const [code, ...bytes] = await Promise.all([
		scripts.length > 0 ? beyondLatinCode() : undefined,
		...fontUrls(scripts).map(fetched)
	]);
	// fontUrls gives each font's two weights in turn: Noto Sans, then each script's.
	const weights = (i: number) => ({ regular: bytes[2 * i]!, bold: bytes[2 * i + 1]! });
	return {
		...weights(0),
		scripts: Object.fromEntries(scripts.map((script, i) => [script, weights(i + 1)])),
		beyondLatin: code
	};
}

export const DOCUMENTS = { agenda: makeAgenda, own: makeOwnPage, sheet: makeSheet } as const;

/** Makes the document; `downloaded` or the share sheet hands it to the parent. */
export async function makeDocument(kind: keyof typeof DOCUMENTS, prep: Preparation): Promise<Made> {
	const languages = [prep.language, ...(prep.secondLanguage ? [prep.secondLanguage] : [])];
	return DOCUMENTS[kind](prep, await ready(languages, prep));
}

/** The blank worksheet in the given language. */
export async function downloadWorksheet(language: Language): Promise<Made> {
	return downloaded(await makeWorksheet(language, await ready([language], undefined)));
}

/** The course handout with a QR code to `address`, the app's own. */
export async function downloadHandout(language: Language, address: string): Promise<Made> {
	return downloaded(await makeHandout(language, address, await ready([language], undefined)));
}

/** Hands a made document to the browser's download. */
export function downloaded(made: Made): Made {
	download(made.fileName, made.bytes as BlobPart, 'application/pdf');
	return made;
}
