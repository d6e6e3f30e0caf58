/**
 * Reading and writing a preparation as JSON text: the export file and the stored record alike.
 * Everything read goes through the migrations and the schema before the app trusts it; a failure comes
 * back as a code that the pages turn into a message in the parent's language.
 */
import { migrate } from './migrations';
import { getAt, setAt } from './path';
import { preparationSchema, type Preparation } from './preparation';

/** Larger than any real preparation (those are a few dozen KB) and small enough to read on a phone. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Deeper than any preparation can be; deeper input is rejected before it can exhaust the stack. */
const MAX_DEPTH = 12;

export type ReadError = 'empty' | 'too-large' | 'not-json' | 'not-preparation' | 'newer-version' | 'too-long';

/** A text longer than the schema takes there: where, the whole text, and the limit. */
export interface TooLong {
	path: PropertyKey[];
	text: string;
	max: number;
}

export type ReadResult =
	| { ok: true; preparation: Preparation }
	| { ok: false; error: Exclude<ReadError, 'too-long'> }
	/**
	 * Valid but for texts over their limit: `shortened` is the preparation with each of them cut to its
	 * limit, for the parent to open after seeing the whole texts (nothing is stored before that).
	 */
	| { ok: false; error: 'too-long'; tooLong: TooLong[]; shortened: Preparation };

export function readPreparation(text: string): ReadResult {
	if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
	if (text.trim() === '') return { ok: false, error: 'empty' };
	if (nestingDepth(text) > MAX_DEPTH) return { ok: false, error: 'not-preparation' };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { ok: false, error: 'not-preparation' };
	}
	const migrated = migrate(raw as Record<string, unknown>);
	if (!migrated.ok) {
		return { ok: false, error: migrated.reason === 'newer-version' ? 'newer-version' : 'not-preparation' };
	}
	const parsed = preparationSchema.safeParse(migrated.doc);
	if (parsed.success) return { ok: true, preparation: parsed.data };
	return shortenedRead(migrated.doc, parsed.error.issues) ?? { ok: false, error: 'not-preparation' };
}

/** When the only problems are texts over their limit: the preparation with those texts cut. */
function shortenedRead(
	doc: Record<string, unknown>,
	issues: readonly { code: string; path: PropertyKey[]; origin?: string; maximum?: unknown }[]
): ReadResult | undefined {
	if (!issues.every((i) => i.code === 'too_big' && i.origin === 'string')) return undefined;
	const copy = structuredClone(doc);
	const tooLong = issues.map(({ path, maximum }) => {
		const text = getAt(copy, path) as string;
		setAt(copy, path, cut(text, Number(maximum)));
		return { path, text, max: Number(maximum) };
	});
	const parsed = preparationSchema.safeParse(copy);
	return parsed.success ? { ok: false, error: 'too-long', tooLong, shortened: parsed.data } : undefined;
}

/** The first `max` UTF-16 units, never ending in half a character. */
function cut(text: string, max: number): string {
	const head = text.slice(0, max);
	return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

export function writePreparation(preparation: Preparation): string {
	return JSON.stringify(preparation, null, 2) + '\n';
}

/** Deepest nesting of brackets outside strings: cheap, and it never recurses. */
function nestingDepth(text: string): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') max = Math.max(max, ++depth);
		else if (c === '}' || c === ']') depth--;
	}
	return max;
}
