/** Reading and writing a value at a path of keys inside plain data (a preparation, a parsed file). */

export type DataPath = readonly PropertyKey[];

export function getAt(root: unknown, path: DataPath): unknown {
	let node = root;
	for (const key of path) node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
	return node;
}

/** Sets the value when every step but the last exists; otherwise leaves the data as it is. */
export function setAt(root: unknown, path: DataPath, value: unknown): void {
	if (path.length === 0) return;
	const parent = getAt(root, path.slice(0, -1));
	if (typeof parent !== 'object' || parent === null) return;
	(parent as Record<PropertyKey, unknown>)[path[path.length - 1]!] = value;
}
