/**
 * Local persistence of preparations behind one small interface. The browser's localStorage is injected,
 * so tests use an in-memory one. Every record is parsed with the schema when read; a record that no longer
 * parses is moved aside under its own key (never deleted) so that the parent can still download it.
 * Writes are synchronous, which is what keeps the last keystrokes when a tab is killed.
 */
import { readPreparation, writePreparation } from '$lib/model/file';
import type { Preparation } from '$lib/model/preparation';
import { PREFIX } from './keys';

export { PREFIX };

/** The part of the Web Storage API this module uses. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREP = `${PREFIX}prep:`;
const ASIDE = `${PREFIX}aside:`;
const BACKUP = `${PREFIX}backup:`;
/** Beside each record: the `updatedAt` of the version that save was made from (see OpenPreparation). */
const BASE = `${PREFIX}base:`;

export const preparationKey = (id: string) => PREP + id;
export const isPreparationKey = (key: string | null): key is string => !!key?.startsWith(PREP);

/** A stored record that could not be read, kept as it was. */
export interface SetAside {
	key: string;
	text: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'blocked' };

/** A second, durable copy of each saved preparation (journal.ts); writes are fire-and-forget. */
export interface Journal {
	put(id: string, text: string): void;
	remove(id: string): void;
	clear(): void;
}

export class PreparationStore {
	constructor(
		private readonly storage: KeyValueStorage,
		private readonly journal?: Journal
	) {}

	/** Every readable preparation, newest first; unreadable records are moved aside first. */
	list(): Preparation[] {
		const found: Preparation[] = [];
		for (const key of this.keys(PREP)) {
			const prep = this.read(key);
			if (prep) found.push(prep);
		}
		return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	}

	get(id: string): Preparation | undefined {
		return this.read(preparationKey(id));
	}

	/**
	 * `basedOn` is the `updatedAt` of the stored version this one was made from, when known: another tab
	 * can then tell a save made after its own from one made at the same moment (open-preparation.svelte.ts).
	 */
	save(prep: Preparation, basedOn?: string): SaveResult {
		const text = writePreparation(prep);
		// Into the journal first: it also keeps the work when localStorage is full.
		this.journal?.put(prep.id, text);
		try {
			// Before the record: another tab reads it when it hears of the record.
			if (basedOn) this.storage.setItem(BASE + prep.id, basedOn);
			else this.storage.removeItem(BASE + prep.id);
			this.storage.setItem(preparationKey(prep.id), text);
			return { ok: true };
		} catch (error) {
			return { ok: false, reason: isQuotaError(error) ? 'quota' : 'blocked' };
		}
	}

	remove(id: string): void {
		this.journal?.remove(id);
		this.storage.removeItem(preparationKey(id));
		this.storage.removeItem(BACKUP + id);
		this.storage.removeItem(BASE + id);
	}

	/** The `updatedAt` of the version the stored one was made from, if the saving tab said so. */
	basedOn(id: string): string | undefined {
		return this.storage.getItem(BASE + id) ?? undefined;
	}

	/** The `updatedAt` of the preparation as it was when the parent last saved it as a file. */
	backedUp(id: string): string | undefined {
		return this.storage.getItem(BACKUP + id) ?? undefined;
	}

	/** Remembers that the parent saved this version as a file; a full storage only loses the reminder. */
	markBackedUp(prep: Pick<Preparation, 'id' | 'updatedAt'>): void {
		try {
			this.storage.setItem(BACKUP + prep.id, prep.updatedAt);
		} catch {
			// Without room the reminder may come once more; the backup itself was made.
		}
	}

	/** True when the preparation changed after it was made and since the last backup file. */
	needsBackup(prep: Pick<Preparation, 'id' | 'createdAt' | 'updatedAt'>): boolean {
		const last = this.backedUp(prep.id);
		const changed = Date.parse(prep.updatedAt) > Date.parse(prep.createdAt);
		return changed && (last === undefined || Date.parse(prep.updatedAt) > Date.parse(last));
	}

	setAside(): SetAside[] {
		return this.keys(ASIDE).map((key) => ({ key, text: this.storage.getItem(key) ?? '' }));
	}

	discardSetAside(key: string): void {
		if (key.startsWith(ASIDE)) this.storage.removeItem(key);
	}

	/** Removes every key this app wrote. */
	wipe(): void {
		this.journal?.clear();
		for (const key of this.keys(PREFIX)) this.storage.removeItem(key);
	}

	/**
	 * Puts back what the journal holds and storage lost (after a crash): each journal text that is valid
	 * and newer than the stored version, or whose preparation is missing from storage. Returns how many.
	 */
	recover(texts: string[]): number {
		let count = 0;
		for (const text of texts) {
			const result = readPreparation(text);
			if (!result.ok) continue;
			const stored = this.get(result.preparation.id);
			if (stored && Date.parse(stored.updatedAt) >= Date.parse(result.preparation.updatedAt)) continue;
			if (this.save(result.preparation).ok) count++;
		}
		return count;
	}

	private read(key: string): Preparation | undefined {
		const text = this.storage.getItem(key);
		if (text === null) return undefined;
		const result = readPreparation(text);
		if (result.ok) return result.preparation;
		this.moveAside(key, text);
		return undefined;
	}

	private moveAside(key: string, text: string): void {
		const asideKey = `${ASIDE}${key.slice(PREP.length)}:${Date.now()}`;
		try {
			this.storage.setItem(asideKey, text);
			this.storage.removeItem(key);
		} catch {
			// No room to move it: leave it where it is, unread. Nothing is lost.
		}
	}

	private keys(prefix: string): string[] {
		const keys: string[] = [];
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
		return keys;
	}
}

function isQuotaError(error: unknown): boolean {
	return (
		error instanceof DOMException &&
		(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
	);
}

/** An in-memory KeyValueStorage, for tests and for when the browser blocks storage entirely. */
export class MemoryStorage implements KeyValueStorage {
	private readonly map = new Map<string, string>();
	/** Bytes allowed before setItem throws a QuotaExceededError, like a full browser. */
	constructor(private readonly quota = Infinity) {}
	get length() {
		return this.map.size;
	}
	key(index: number) {
		return [...this.map.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		let used = key.length + value.length;
		for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
		if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.map.set(key, String(value));
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}
