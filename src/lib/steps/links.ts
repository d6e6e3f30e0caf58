/** Addresses of the pages of one preparation. */
import { resolve } from '$app/paths';
import type { Place } from './flow';

export const overviewHref = (id: string) => resolve('/p/[id]', { id });
export const detailsHref = (id: string) => resolve('/p/[id]/gegevens', { id });
export const agendaHref = (id: string) => resolve('/p/[id]/agenda', { id });
export const checkHref = (id: string) => resolve('/p/[id]/controleren', { id });
export const afterHref = (id: string) => resolve('/p/[id]/na-het-gesprek', { id });
export const tableHref = (id: string) => resolve('/p/[id]/aan-tafel', { id });
export const stepHref = (id: string, n: number) => resolve('/p/[id]/stap/[n=step]', { id, n: String(n) });

/** Where a change link from check-your-answers leads: the question, with the way back to the check page. */
export const changeHref = (base: string, anchor: string) =>
	`${base}?terug=controleren&vraag=${encodeURIComponent(anchor)}#${anchor}`;

/** The id of a question's row on the check page, where the parent returns after changing it. */
export const checkRowId = (anchor: string) => `check-${anchor}`;

/** Back to the check page, at the answer the parent came to change; null when they did not come from there. */
export function backToCheckHref(id: string, url: URL): string | null {
	if (url.searchParams.get('terug') !== 'controleren') return null;
	const question = url.searchParams.get('vraag');
	return checkHref(id) + (question ? `#${checkRowId(question)}` : '');
}

export function placeHref(id: string, place: Place): string {
	if ('step' in place) return resolve('/p/[id]/stap/[n=step]', { id, n: String(place.step) });
	if (place.page === 'agenda') return resolve('/p/[id]/agenda', { id });
	if (place.page === 'check') return resolve('/p/[id]/controleren', { id });
	return resolve('/p/[id]', { id });
}
