/**
 * The parent's own page ("Voor mezelf"): one private A4 page to hold at the table, never for the school
 * (own-content.ts says what is on it).
 */
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import type { FontFiles } from './document';
import type { Made } from './names';
import { makeOnePage } from './one-page';
import { ownContent } from './own-content';

export function makeOwnPage(prep: Preparation, fonts: FontFiles): Promise<Made> {
	return makeOnePage(
		prep,
		fonts,
		(clean) => ownContent(prep, clean),
		m.pdf_own_file({}, { locale: prep.language }),
		false
	);
}
