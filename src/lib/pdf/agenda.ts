/**
 * The one-page agenda the parent takes to school and may send to the school beforehand, in the
 * preparation's language. Always exactly one A4 page (one-page.ts).
 */
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { agendaContent } from './agenda-content';
import type { FontFiles } from './document';
import type { Made } from './names';
import { makeOnePage } from './one-page';

export function makeAgenda(prep: Preparation, fonts: FontFiles): Promise<Made> {
	return makeOnePage(
		prep,
		fonts,
		(clean) => agendaContent(prep, clean),
		m.pdf_agenda_file({}, { locale: prep.language })
	);
}
