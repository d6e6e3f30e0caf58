/**
 * Makes a preparation that is mid-edit safe to save: each field the schema rejects (a cleared first name,
 * an empty duration) takes its value from the last valid version, so that everything else the parent
 * typed is saved at once instead of waiting for that one field. Inside a list, the value comes from the
 * record with the same id; a record the last valid version does not have yet is left out of what is
 * stored until it is valid. Which places were held back is returned, so that the page can say so: a value
 * the parent sees must never be replaced without a word.
 */
import { getAt, setAt, type DataPath } from './path';
import { preparationSchema, type Preparation } from './preparation';

export interface Repaired {
	/** What can be stored; undefined when even the repaired version is not valid. */
	preparation: Preparation | undefined;
	/** The places that kept their last valid value, e.g. ['meeting', 'durationMinutes']. */
	heldBack: PropertyKey[][];
}

type Item = { id?: unknown };

export function repairWith(candidate: Preparation, fallback: Preparation): Repaired {
	const first = preparationSchema.safeParse(candidate);
	if (first.success) return { preparation: first.data, heldBack: [] };
	const repaired = structuredClone(candidate) as unknown as Record<PropertyKey, unknown>;
	const heldBack = first.error.issues.map((issue) => issue.path);
	/** New records that are not valid yet, by the list they are in. */
	const leftOut = new Map<string, { list: DataPath; ids: Set<unknown> }>();
	for (const path of heldBack) {
		const at = path.findIndex((key) => typeof key === 'number');
		if (at === -1) {
			setAt(repaired, path, getAt(fallback, path));
			continue;
		}
		const list = path.slice(0, at);
		const item = (getAt(repaired, list) as Item[] | undefined)?.[path[at] as number];
		const before = (getAt(fallback, list) as Item[] | undefined)?.find((old) => old.id === item?.id);
		if (before) setAt(item, path.slice(at + 1), getAt(before, path.slice(at + 1)));
		else {
			const key = list.join('.');
			if (!leftOut.has(key)) leftOut.set(key, { list, ids: new Set() });
			leftOut.get(key)!.ids.add(item?.id);
		}
	}
	for (const { list, ids } of leftOut.values()) {
		const items = getAt(repaired, list) as Item[];
		setAt(
			repaired,
			list,
			items.filter((item) => !ids.has(item.id))
		);
	}
	const second = preparationSchema.safeParse(repaired);
	return { preparation: second.success ? second.data : undefined, heldBack };
}
