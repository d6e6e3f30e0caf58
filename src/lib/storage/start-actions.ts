/**
 * Everything the start page does with stored data, behind one object. The start page loads this module
 * (and with it zod and the storage code) right after it has rendered, so its first JavaScript stays small.
 */
import { plain, preparationTitle } from '$lib/i18n/titles';
import { m } from '$lib/messages';
import { copyPreparation, createPreparation, nowIso, type StartFields } from '$lib/model/create';
import { papersFor } from '$lib/model/paper-languages';
import type { Preparation } from '$lib/model/preparation';
import { browserStore, persistState, requestPersistence, wipeEverything } from './browser';
import { exportPreparation } from './export';
import { importFile, importPreparation, resolveSameId } from './import';

const store = () => browserStore().store;

export const startActions = {
	/** The name of a preparation in lists and messages (with its date, so date-fns loads here, not at start). */
	title: preparationTitle,
	/** The name a copy is stored with: "Kopie van …", the parent's words plain. */
	copyTitle: (prep: Preparation) => m.copy_title({ title: preparationTitle(prep, plain) }),
	/** The saved preparations, how many records were set aside, and what the browser allows. */
	read() {
		const { store, blocked } = browserStore();
		return {
			preparations: store.list(),
			setAsideCount: store.setAside().length,
			blocked,
			persisted: persistState()
		};
	},
	/**
	 * Creates and saves a preparation; says why when the browser refused to store it. `start.language` is
	 * the app's: the papers' languages follow from it (a Dutch agenda with the parent's language beside it).
	 */
	create(start: StartFields): { ok: true; id: string } | { ok: false; reason: 'quota' | 'blocked' } {
		const prep = createPreparation({ ...start, ...papersFor(start.language) });
		const saved = store().save(prep);
		if (!saved.ok) return saved;
		void requestPersistence();
		return { ok: true, id: prep.id };
	},
	rename(prep: Preparation, title: string) {
		store().save({ ...prep, title: title.trim(), updatedAt: nowIso() });
	},
	duplicate(prep: Preparation, title: string) {
		store().save(copyPreparation(prep, title));
	},
	remove(id: string) {
		store().remove(id);
	},
	export: exportPreparation,
	import: (file: Blob) => importFile(store(), file),
	/** Opens a file's preparation with its over-long answers cut, once the parent has seen them whole. */
	importShortened: (shortened: Preparation) => importPreparation(store(), shortened),
	resolveSameId: (incoming: Preparation, choice: 'replace' | 'keep-both', title: string) =>
		resolveSameId(store(), incoming, choice, title),
	wipe: wipeEverything
};

export type StartActions = typeof startActions;
