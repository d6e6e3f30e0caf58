/**
 * The preparation open in this tab, as deep reactive state. Every change is saved after a short pause,
 * and at once when the page is hidden or left; a change saved by another tab is merged in (see merge.ts).
 * Nothing here renders anything: pages read `value` and the notices.
 */
import type { Preparation } from '$lib/model/preparation';
import { nowIso } from '$lib/model/create';
import { repairWith } from '$lib/model/repair';
import { debounce } from './debounce';
import { mergeThreeWay } from './merge';
import { preparationKey, type PreparationStore, type SaveResult } from './store';

/** Quiet time after the last keystroke before saving, in ms. */
export const SAVE_DELAY = 250;
/** How many of its own recent versions a tab remembers to merge against. */
const KNOWN_VERSIONS = 20;

export type SyncNotice = 'merged' | 'conflict' | 'deleted' | null;

export class OpenPreparation {
	/** The preparation as the parent edits it; bind form fields straight to its parts. */
	value: Preparation = $state()!;
	/** Why the last save failed, or null when it worked. */
	saveProblem: Exclude<SaveResult, { ok: true }>['reason'] | null = $state(null);
	/** What happened when another tab changed this preparation. */
	syncNotice: SyncNotice = $state(null);
	/** Places whose value on screen is not valid, so storage keeps their last valid value (the page says so). */
	heldBack: PropertyKey[][] = $state([]);

	/** The preparation as last written to or read from storage, as JSON without updatedAt. */
	#saved: string;
	/** The `updatedAt` of that version. */
	#savedAt: string;
	/** The last versions this tab saved or read, by `updatedAt`: what another tab's save may be made from. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#known = new Map<string, string>();
	/** The last version that passed the schema, to fall back on for fields that are invalid mid-edit. */
	#lastValid: Preparation;
	#save = debounce(() => this.flush(), SAVE_DELAY);

	constructor(
		private readonly store: PreparationStore,
		preparation: Preparation
	) {
		this.value = preparation;
		this.#lastValid = preparation;
		this.#saved = fingerprint(preparation);
		this.#savedAt = preparation.updatedAt;
		this.#remember();
	}

	/** Remembers the version just saved or read; a few are enough (older ones age out). */
	#remember(): void {
		this.#known.set(this.#savedAt, this.#saved);
		if (this.#known.size > KNOWN_VERSIONS) this.#known.delete(this.#known.keys().next().value!);
	}

	/** Call after every change (pages do so from an $effect that reads the whole value). */
	changed(): void {
		if (fingerprint(this.value) !== this.#saved) this.#save();
	}

	/**
	 * Saves now if anything changed. A field that is invalid mid-edit (a cleared first name) keeps its last
	 * saved value in storage, while everything else is saved.
	 */
	flush(): void {
		this.#save.flush();
		const edited = $state.snapshot(this.value) as Preparation;
		const print = fingerprint(edited);
		if (print === this.#saved) return;
		const repaired = repairWith(edited, this.#lastValid);
		this.heldBack = repaired.heldBack;
		const snapshot = repaired.preparation;
		if (!snapshot) return;
		snapshot.updatedAt = nowIso();
		const result = this.store.save(snapshot, this.#savedAt);
		if (result.ok) {
			this.#saved = print;
			this.#savedAt = snapshot.updatedAt;
			this.#remember();
			this.#lastValid = snapshot;
			this.value.updatedAt = snapshot.updatedAt;
			this.saveProblem = null;
		} else {
			this.saveProblem = result.reason;
		}
	}

	/**
	 * Handles a `storage` event; returns true when it concerned this preparation. What is merged is what
	 * storage holds now, not the event's value: when both tabs save at almost the same moment, an event can
	 * arrive after this tab's own later save, and its value is already out of date.
	 * The merge is made against the version their save was made from, as the saving tab recorded it.
	 * Usually that is this tab's last saved version; but when the other tab saved at the same moment as
	 * this one (or woke from a frozen background), it is an earlier one: merged against this tab's last
	 * save instead, this tab's own change would simply give way to theirs, without a word.
	 */
	onStorage(event: Pick<StorageEvent, 'key'>): boolean {
		if (event.key !== preparationKey(this.value.id)) return false;
		const theirs = this.store.get(this.value.id);
		if (!theirs) {
			this.syncNotice = 'deleted';
			return true;
		}
		const mine = $state.snapshot(this.value) as Preparation;
		const basedOn = this.store.basedOn(this.value.id);
		const from = (basedOn && this.#known.get(basedOn)) || this.#saved;
		const base = { ...(JSON.parse(from) as Preparation), updatedAt: theirs.updatedAt };
		const { merged, conflicts } = mergeThreeWay(base, { ...mine, updatedAt: theirs.updatedAt }, theirs);
		this.#saved = fingerprint(theirs);
		this.#savedAt = theirs.updatedAt;
		this.#remember();
		this.#lastValid = theirs;
		this.value = merged;
		if (fingerprint(merged) !== this.#saved) {
			this.syncNotice = conflicts.length > 0 ? 'conflict' : 'merged';
			this.#save();
		}
		return true;
	}
}

function fingerprint(preparation: Preparation): string {
	return JSON.stringify({ ...preparation, updatedAt: undefined });
}
