/**
 * What the zod schema says about one place in a preparation: the schema there, the longest text it takes
 * and the most items a list takes. Questions read their limits from here, so a limit is written once, in
 * the schema, and every input, hint and import message follows it.
 */
import { preparationSchema } from '$lib/model/preparation';

/** Keys from the preparation's root to an answer; `*` stands for any item of a list. */
export type Path = readonly string[];

interface Node {
	_zod: {
		def: {
			type: string;
			innerType?: Node;
			element?: Node;
			shape?: Record<string, Node>;
			checks?: { _zod: { def: { check: string; maximum?: number; value?: number } } }[];
		};
	};
	parse(input: unknown): unknown;
}

/** Defaults, prefaults and nullables wrap the schema that says what a value is. */
function unwrap(node: Node): Node {
	let current = node;
	while (current._zod.def.innerType) current = current._zod.def.innerType;
	return current;
}

const maximum = (node: Node) =>
	node._zod.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;

/** The schema at `path`, unwrapped; throws when the path is not in the schema (a bug in a question). */
function schemaAt(path: Path): Node {
	let node = unwrap(preparationSchema as unknown as Node);
	for (const key of path) {
		const def = node._zod.def;
		const next = key === '*' ? def.element : def.shape?.[key];
		if (!next) throw new Error(`No place ${path.join('.')} in the preparation schema`);
		node = unwrap(next);
	}
	return node;
}

/** The longest text the schema takes at `path`. */
export function maxLengthAt(path: Path): number {
	const max = maximum(schemaAt(path));
	if (max === undefined) throw new Error(`No text limit at ${path.join('.')}`);
	return max;
}

/** The most items the schema takes in the list at `path`. */
export function maxItemsAt(path: Path): number {
	const max = maximum(schemaAt(path));
	if (max === undefined) throw new Error(`No list limit at ${path.join('.')}`);
	return max;
}

/** A new item for the list at `path`, every field at the schema's default. */
export function newItemAt<T>(path: Path, fields: Record<string, unknown>): T {
	return schemaAt([...path, '*']).parse(fields) as T;
}

/** The lowest and highest number the schema takes at `path`. */
export function rangeAt(path: Path): { min: number; max: number } {
	const checks = schemaAt(path)._zod.def.checks ?? [];
	const bound = (check: string) => checks.find((c) => c._zod.def.check === check)?._zod.def.value;
	const min = bound('greater_than');
	const max = bound('less_than');
	if (min === undefined || max === undefined) throw new Error(`No range at ${path.join('.')}`);
	return { min, max };
}
