/**
 * Per child, their meetings in date order with what was agreed at each: the parent's memory of what was
 * agreed when, to show at the table if needed. Children are told apart by first name (case and spaces ignored).
 */
import type { Preparation } from '$lib/model/preparation';

export interface Timeline {
	child: string;
	preparations: Preparation[];
}

const key = (name: string) => name.trim().toLocaleLowerCase().normalize('NFC');

export function timelines(preparations: readonly Preparation[]): Timeline[] {
	const byChild = new Map<string, Timeline>();
	for (const p of preparations) {
		const k = key(p.child.firstName);
		const timeline = byChild.get(k) ?? { child: p.child.firstName.trim(), preparations: [] };
		timeline.preparations.push(p);
		byChild.set(k, timeline);
	}
	return [...byChild.values()]
		.map((t) => ({
			...t,
			preparations: t.preparations.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date))
		}))
		.sort((a, b) => a.child.localeCompare(b.child));
}
