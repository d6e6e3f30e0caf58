/**
 * Makes a preparation that is mid-edit safe to save: each field the schema rejects (a cleared first name,
 * an empty duration) takes its value from the last valid version, so that everything else the parent
 * typed is saved at once instead of waiting for that one field.
 */
import { preparationSchema, type Preparation } from './preparation';

export function repairWith(candidate: Preparation, fallback: Preparation): Preparation | undefined {
	const first = preparationSchema.safeParse(candidate);
	if (first.success) return first.data;
	const repaired = structuredClone(candidate) as unknown as Record<PropertyKey, unknown>;
	for (const issue of first.error.issues) setAt(repaired, issue.path, getAt(fallback, issue.path));
	const second = preparationSchema.safeParse(repaired);
	return second.success ? second.data : undefined;
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const key of path) node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
	return node;
}

function setAt(root: Record<PropertyKey, unknown>, path: readonly PropertyKey[], value: unknown): void {
	if (path.length === 0) return;
	let node: unknown = root;
	for (const key of path.slice(0, -1)) {
		node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
		if (typeof node !== 'object' || node === null) return;
	}
	(node as Record<PropertyKey, unknown>)[path[path.length - 1]!] = value;
}
