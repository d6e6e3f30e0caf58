/**
 * Time-boxing the agenda: minutes for each item so that the whole fits the meeting. Opening, a look back
 * (when earlier agreements exist), the parent's chosen topics in their order, agreements and closing.
 * Minutes the parent set by hand are kept; the rest is shared out. The plan says when it does not fit,
 * so the page can tell the parent instead of silently running over.
 */
import type { Preparation } from '$lib/model/preparation';
import { startsWithLookBack } from '$lib/steps/rules';

export type AgendaItem =
	| { kind: 'opening' | 'lookBack' | 'agreements' | 'closing'; minutes: number }
	| { kind: 'topic'; id: string; text: string; minutes: number; manual: boolean };

export interface AgendaPlan {
	items: AgendaItem[];
	total: number;
	duration: number;
	/** Minutes beyond the meeting's length; 0 when it fits. */
	over: number;
}

/** Fixed parts, scaled to the meeting: a 10-minute talk has no room for long openings. */
function fixedParts(duration: number, lookBack: boolean) {
	const short = duration <= 15;
	return {
		opening: short ? 1 : Math.max(3, Math.round(duration * 0.08)),
		lookBack: lookBack ? (short ? 1 : Math.max(5, Math.round(duration * 0.15))) : 0,
		agreements: short ? 2 : Math.max(5, Math.round(duration * 0.2)),
		closing: short ? 1 : Math.max(2, Math.round(duration * 0.07))
	};
}

export function agendaPlan(p: Preparation): AgendaPlan {
	const duration = p.meeting.durationMinutes;
	const lookBack = startsWithLookBack(p);
	const fixed = fixedParts(duration, lookBack);
	const topics = p.concerns.filter((c) => c.onAgenda && c.text.trim() !== '');
	const manual = topics.reduce((sum, c) => sum + (c.minutes ?? 0), 0);
	const automatic = topics.filter((c) => c.minutes === null);
	const free = duration - fixed.opening - fixed.lookBack - fixed.agreements - fixed.closing - manual;
	const share = automatic.length > 0 ? Math.max(1, Math.floor(free / automatic.length)) : 0;
	let remainder = automatic.length > 0 ? Math.max(0, free - share * automatic.length) : 0;

	const items: AgendaItem[] = [{ kind: 'opening', minutes: fixed.opening }];
	if (lookBack) items.push({ kind: 'lookBack', minutes: fixed.lookBack });
	for (const c of topics) {
		let minutes = c.minutes ?? share;
		if (c.minutes === null && remainder > 0) {
			minutes++;
			remainder--;
		}
		items.push({ kind: 'topic', id: c.id, text: c.text, minutes, manual: c.minutes !== null });
	}
	// With no topic to share it, spare time goes to making agreements, so the plan fills the meeting.
	const spare = automatic.length === 0 ? Math.max(0, free) : 0;
	items.push(
		{ kind: 'agreements', minutes: fixed.agreements + spare },
		{ kind: 'closing', minutes: fixed.closing }
	);
	const total = items.reduce((sum, item) => sum + item.minutes, 0);
	return { items, total, duration, over: Math.max(0, total - duration) };
}

/** Moves an item one place up (-1) or down (+1) in a list; returns a new list. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
	const target = index + by;
	if (target < 0 || target >= list.length) return [...list];
	const copy = [...list];
	[copy[index], copy[target]] = [copy[target]!, copy[index]!];
	return copy;
}
