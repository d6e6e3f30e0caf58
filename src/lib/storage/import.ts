/**
 * Importing a preparation file into the store. Never overwrites silently: a file whose preparation is
 * already stored comes back as `same-id`, and the parent chooses to replace it or keep both.
 * Nothing is written unless the whole file is valid.
 */
import { copyPreparation } from '$lib/model/create';
import { MAX_FILE_BYTES, readPreparation, type ReadError } from '$lib/model/file';
import type { Preparation } from '$lib/model/preparation';
import type { PreparationStore } from './store';

export type ImportOutcome =
	| { kind: 'error'; error: ReadError }
	| { kind: 'save-failed'; reason: 'quota' | 'blocked' }
	| { kind: 'saved'; preparation: Preparation }
	| { kind: 'same-id'; incoming: Preparation };

export async function importFile(store: PreparationStore, file: Blob): Promise<ImportOutcome> {
	if (file.size > MAX_FILE_BYTES) return { kind: 'error', error: 'too-large' };
	// UTF-8, as the app writes it, in every browser alike (Blob.text() would read a UTF-16 file in some).
	return importText(store, new TextDecoder().decode(await file.arrayBuffer()));
}

export function importText(store: PreparationStore, text: string): ImportOutcome {
	const read = readPreparation(text);
	if (!read.ok) return { kind: 'error', error: read.error };
	if (store.get(read.preparation.id)) return { kind: 'same-id', incoming: read.preparation };
	return saveImported(store, read.preparation);
}

/** The parent's answer to `same-id`: replace the stored one, or keep both (the import gets a new id). */
export function resolveSameId(
	store: PreparationStore,
	incoming: Preparation,
	choice: 'replace' | 'keep-both',
	copyTitle: string
): ImportOutcome {
	return saveImported(store, choice === 'replace' ? incoming : copyPreparation(incoming, copyTitle));
}

function saveImported(store: PreparationStore, preparation: Preparation): ImportOutcome {
	const saved = store.save(preparation);
	return saved.ok ? { kind: 'saved', preparation } : { kind: 'save-failed', reason: saved.reason };
}
