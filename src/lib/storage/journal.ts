/**
 * A second copy of every saved preparation, in IndexedDB. Chromium writes localStorage to disk only seconds
 * after a change (a browser killed one second after typing loses everything typed in that page),
 * while an IndexedDB transaction is on disk when it completes. After a crash, the journal has what
 * localStorage lost; `recover` puts it back. When localStorage is full, the journal still keeps the work.
 * Every operation opens the database and closes it again, so that "Alles wissen" can delete it at once.
 */
import type { Journal } from './store';

const DATABASE = 'gesprekswijzer';
const STORE = 'journal';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => {
			const db = request.result;
			db.onversionchange = () => db.close();
			resolve(db);
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('IndexedDB is blocked'));
	});
}

/** Runs one transaction and closes the database; any failure only means the journal has no copy. */
async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void) {
	const db = await open();
	try {
		return await new Promise<T | undefined>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode);
			const request = work(transaction.objectStore(STORE));
			transaction.oncomplete = () => resolve(request ? request.result : undefined);
			transaction.onerror = () => reject(transaction.error);
			transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		db.close();
	}
}

const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

export const indexedDbJournal: Journal = {
	put: (id, text) => quietly(run('readwrite', (store) => store.put(text, id))),
	remove: (id) => quietly(run('readwrite', (store) => store.delete(id))),
	clear: () => quietly(run('readwrite', (store) => store.clear()))
};

/** Every preparation text in the journal (none when IndexedDB is not there or refuses). */
export async function journalTexts(): Promise<string[]> {
	try {
		return ((await run('readonly', (store) => store.getAll())) as string[] | undefined) ?? [];
	} catch {
		return [];
	}
}
