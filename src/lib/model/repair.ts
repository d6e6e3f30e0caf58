/**
 * Makes a preparation that is mid-edit safe to save: each field the schema rejects (a cleared first name,
 * an empty duration) takes its value from the last valid version, so that everything else the parent
 * typed is saved at once instead of waiting for that one field.
 */
import { getAt, setAt } from './path';
import { preparationSchema, type Preparation } from './preparation';

export function repairWith(candidate: Preparation, fallback: Preparation): Preparation | undefined {
	const first = preparationSchema.safeParse(candidate);
	if (first.success) return first.data;
	const repaired = structuredClone(candidate) as unknown as Record<PropertyKey, unknown>;
	for (const issue of first.error.issues) setAt(repaired, issue.path, getAt(fallback, issue.path));
	const second = preparationSchema.safeParse(repaired);
	return second.success ? second.data : undefined;
}
