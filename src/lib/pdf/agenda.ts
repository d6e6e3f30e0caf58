/**
 * The one-page agenda the parent takes to school and may send to the school beforehand, in the
 * preparation's language, and bilingual when the parent chose a second language. Always exactly one A4
 * page (one-page.ts).
 */
import { agendaSecond } from '$lib/model/paper-languages';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { agendaContent } from './agenda-content';
import type { FontFiles } from './document';
import type { Made } from './names';
import { makeOnePage } from './one-page';

export function makeAgenda(prep: Preparation, fonts: FontFiles): Promise<Made> {
	return makeOnePage(prep, fonts, {
		language: prep.language,
		also: agendaSecond(prep),
		content: (clean) => agendaContent(prep, clean),
		file: (o) => m.pdf_agenda_file({}, o)
	});
}
