/**
 * Upgrades a record or file written by an older version of the app to the current format, step by step.
 * Works on plain JSON before the schema sees it; the schema check comes afterwards (see file.ts).
 */
import { FORMAT_VERSION } from './preparation';

/** Turns a document of version `from` into one of version `from + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations, keyed by the version they upgrade from. When the format changes: raise FORMAT_VERSION,
 * add `n: (doc) => ({ ...doc, … })` here, and add a test with a version-n file.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	/**
	 * Version 2 adds the meeting type `unknown` and the notes typed at the table (`after.notes`). A
	 * version-1 document is valid as it is; the new number makes an older app say "made with a newer
	 * version" instead of refusing such a type or quietly dropping the notes.
	 */
	1: (doc) => doc,
	/**
	 * Version 3 allows the document languages Turkish, Arabic, Polish and Ukrainian, and a second language
	 * for the agenda (`secondLanguage`, empty when absent). Nothing to change; an older app says "made with
	 * a newer version" instead of "damaged" for a preparation in one of them.
	 */
	2: (doc) => doc
};

export type MigrationResult =
	| { ok: true; doc: Record<string, unknown>; from: number }
	| { ok: false; reason: 'newer-version'; version: number }
	| { ok: false; reason: 'no-version' };

export function migrate(
	doc: Record<string, unknown>,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
	current: number = FORMAT_VERSION
): MigrationResult {
	const version = doc.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: 'no-version' };
	}
	if (version > current) return { ok: false, reason: 'newer-version', version };
	let upgraded = doc;
	for (let v = version; v < current; v++) {
		const step = migrations[v];
		if (!step) throw new Error(`No migration from format version ${v} to ${v + 1}: add one to MIGRATIONS.`);
		upgraded = { ...step(upgraded), formatVersion: v + 1 };
	}
	return { ok: true, doc: upgraded, from: version };
}
