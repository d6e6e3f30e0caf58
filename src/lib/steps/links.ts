/** Addresses of the pages of one preparation. */
import { resolve } from '$app/paths';
import type { Place } from './flow';

export const overviewHref = (id: string) => resolve('/p/[id]', { id });
export const detailsHref = (id: string) => resolve('/p/[id]/gegevens', { id });
export const agendaHref = (id: string) => resolve('/p/[id]/agenda', { id });
export const checkHref = (id: string) => resolve('/p/[id]/controleren', { id });
export const stepHref = (id: string, n: number) => resolve('/p/[id]/stap/[n=step]', { id, n: String(n) });

/** Where a change link from check-your-answers leads: the question, with the way back to the check page. */
export const changeHref = (base: string, anchor: string) => `${base}?terug=controleren#${anchor}`;

export function placeHref(id: string, place: Place): string {
	if ('step' in place) return resolve('/p/[id]/stap/[n=step]', { id, n: String(place.step) });
	if (place.page === 'agenda') return resolve('/p/[id]/agenda', { id });
	if (place.page === 'check') return resolve('/p/[id]/controleren', { id });
	return resolve('/p/[id]', { id });
}
