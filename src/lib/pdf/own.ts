/**
 * The parent's own page ("Voor mezelf"): one private A4 page to hold at the table, never for the school
 * (own-content.ts says what is on it), in the parent's language (model/paper-languages.ts).
 */
import { ownPageLanguage } from '$lib/model/paper-languages';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import type { FontFiles } from './document';
import type { Made } from './names';
import { makeOnePage } from './one-page';
import { ownContent } from './own-content';

export function makeOwnPage(prep: Preparation, fonts: FontFiles): Promise<Made> {
	return makeOnePage(prep, fonts, {
		language: ownPageLanguage(prep),
		content: (clean) => ownContent(prep, clean),
		file: (o) => m.pdf_own_file({}, o),
		notes: false
	});
}
