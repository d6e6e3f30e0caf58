/**
 * The browser's side of storage: which Storage to use, asking for persistent storage, and "Alles wissen".
 * Only this module touches window.localStorage, caches and IndexedDB.
 */
import { indexedDbJournal, journalTexts } from './journal';
import { MemoryStorage, PREFIX, PreparationStore, type KeyValueStorage } from './store';

const PERSIST_KEY = `${PREFIX}persisted`;

let shared: { store: PreparationStore; blocked: boolean } | undefined;

/** The one store of this tab. `blocked` is true when the browser refuses localStorage altogether. */
export function browserStore(): { store: PreparationStore; blocked: boolean } {
	if (!shared) {
		let storage: KeyValueStorage;
		let blocked = false;
		try {
			storage = window.localStorage;
			storage.getItem(PERSIST_KEY);
		} catch {
			storage = new MemoryStorage();
			blocked = true;
		}
		const journal = typeof indexedDB === 'undefined' ? undefined : indexedDbJournal;
		shared = { store: new PreparationStore(storage, journal), blocked };
	}
	return shared;
}

let recovery: Promise<number> | undefined;

/** Longest wait for the journal: a browser whose IndexedDB never answers must not keep a page empty. */
const JOURNAL_WAIT_MS = 1500;

/** Puts back, once per tab, what a crash kept from localStorage but the journal has (see journal.ts). */
export function recovered(): Promise<number> {
	recovery ??= Promise.race([
		journalTexts(),
		new Promise<string[]>((resolve) => setTimeout(() => resolve([]), JOURNAL_WAIT_MS))
	]).then((texts) => browserStore().store.recover(texts));
	return recovery;
}

export type PersistState = 'granted' | 'denied' | 'unknown';

/** What the browser answered when asked to keep our data; asked once, the answer is kept. */
export function persistState(): PersistState {
	try {
		const value = localStorage.getItem(PERSIST_KEY);
		return value === 'granted' || value === 'denied' ? value : 'unknown';
	} catch {
		return 'unknown';
	}
}

export async function requestPersistence(): Promise<PersistState> {
	if (!navigator.storage?.persist) return 'unknown';
	try {
		const granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
		const state: PersistState = granted ? 'granted' : 'denied';
		localStorage.setItem(PERSIST_KEY, state);
		return state;
	} catch {
		return 'unknown';
	}
}

/** Removes everything the app keeps in this browser: storage, caches, databases, service workers. */
export async function wipeEverything(): Promise<void> {
	browserStore().store.wipe();
	try {
		sessionStorage.clear();
	} catch {
		// blocked storage holds nothing to clear
	}
	if ('caches' in window) {
		for (const name of await caches.keys()) await caches.delete(name);
	}
	if (indexedDB?.databases) {
		for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
	}
	if (navigator.serviceWorker) {
		for (const registration of await navigator.serviceWorker.getRegistrations())
			await registration.unregister();
	}
}
