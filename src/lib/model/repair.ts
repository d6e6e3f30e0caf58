/**
 * Makes a preparation that is mid-edit safe to save: each field the schema rejects (a cleared first name,
 * an empty duration) takes its value from the last valid version, so that everything else the parent
 * typed is saved at once instead of waiting for that one field. Which fields were held back is returned,
 * so that the page can say so: a value the parent sees must never be replaced without a word.
 */
import { getAt, setAt } from './path';
import { preparationSchema, type Preparation } from './preparation';

export interface Repaired {
	preparation: Preparation;
	/** The places that kept their last valid value, e.g. ['meeting', 'durationMinutes']. */
	heldBack: PropertyKey[][];
}

export function repairWith(candidate: Preparation, fallback: Preparation): Repaired | undefined {
	const first = preparationSchema.safeParse(candidate);
	if (first.success) return { preparation: first.data, heldBack: [] };
	const repaired = structuredClone(candidate) as unknown as Record<PropertyKey, unknown>;
	const heldBack = first.error.issues.map((issue) => issue.path);
	for (const path of heldBack) setAt(repaired, path, getAt(fallback, path));
	const second = preparationSchema.safeParse(repaired);
	return second.success ? { preparation: second.data, heldBack } : undefined;
}
