/**
 * Three-way merge of two versions of the same preparation, used when another tab saved while this one
 * still had unsaved edits. Objects are merged key by key; anything else (text, numbers, whole lists) is
 * one value. Where only one side changed a value, that change wins; where both changed it differently,
 * this tab's value wins and the path is reported, so that the parent can be told.
 */

type Json = unknown;

export interface MergeResult<T> {
	merged: T;
	/** Paths (e.g. "answers.picture.hard") that both sides changed differently. */
	conflicts: string[];
}

export function mergeThreeWay<T>(base: T, mine: T, theirs: T): MergeResult<T> {
	const conflicts: string[] = [];
	const merged = mergeValue(base, mine, theirs, '', conflicts) as T;
	return { merged, conflicts };
}

function mergeValue(base: Json, mine: Json, theirs: Json, path: string, conflicts: string[]): Json {
	if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
		const out: Record<string, Json> = {};
		for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
			out[key] = mergeValue(base[key], mine[key], theirs[key], path ? `${path}.${key}` : key, conflicts);
		}
		return out;
	}
	if (same(mine, theirs)) return mine;
	if (same(base, mine)) return theirs;
	if (same(base, theirs)) return mine;
	conflicts.push(path);
	return mine;
}

function isRecord(value: Json): value is Record<string, Json> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: Json, b: Json): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}
