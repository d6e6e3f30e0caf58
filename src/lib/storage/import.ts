/**
 * Importing a preparation file into the store. Never overwrites silently: a file whose preparation is
 * already stored comes back as `same-id`, and the parent chooses to replace it or keep both.
 * Nothing is written unless the whole file is valid, or the parent chose to open it with over-long
 * answers cut after seeing them whole.
 */
import { copyPreparation } from '$lib/model/create';
import { MAX_FILE_BYTES, readPreparation, type ReadError } from '$lib/model/file';
import type { Preparation } from '$lib/model/preparation';
import { questionLabelAt } from '$lib/questions/locate';
import type { PreparationStore } from './store';

export type ImportOutcome =
	| { kind: 'error'; error: ReadError }
	/** Texts over their limit: the parent sees each whole and may open the file with them cut. */
	| { kind: 'too-long'; fields: { label: string; text: string; max: number }[]; shortened: Preparation }
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
	if (read.ok) return importPreparation(store, read.preparation);
	if (read.error !== 'too-long') return { kind: 'error', error: read.error };
	const fields = read.tooLong.map(({ path, text, max }) => ({
		label: questionLabelAt(path, read.shortened),
		text,
		max
	}));
	// Only answers the parent typed are cut; anything else too long (an id) makes the file unusable.
	if (fields.some((f) => f.label === undefined)) return { kind: 'error', error: 'not-preparation' };
	return {
		kind: 'too-long',
		fields: fields as { label: string; text: string; max: number }[],
		shortened: read.shortened
	};
}

/** Stores a preparation read from a file, asking first when one with its id is already there. */
export function importPreparation(store: PreparationStore, preparation: Preparation): ImportOutcome {
	if (store.get(preparation.id)) return { kind: 'same-id', incoming: preparation };
	return saveImported(store, preparation);
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
