/**
 * The three boxes of a stored date, kept in step with it both ways. A real date typed goes into the
 * preparation at once; a stored date that changes elsewhere (the same preparation open in another tab)
 * shows in the boxes. Without the second half, a tab would keep its old date in the boxes and put it back
 * into the preparation as soon as it heard of the new one, undoing the parent's change in the other tab.
 * Boxes that hold something that is not yet a date are left as typed until the stored date changes.
 */
import { untrack } from 'svelte';
import { isoToParts, partsToIso, type DateParts } from '$lib/model/date-parts';

export function dateBoxes(stored: () => string, store: (iso: string) => void) {
	let parts: DateParts = $state(isoToParts(untrack(stored)));
	const check = $derived(partsToIso(parts));

	// Typed → stored: runs when the boxes change, never because the stored date did.
	$effect(() => {
		const typed = check;
		untrack(() => {
			if (typed.ok && typed.iso !== stored()) store(typed.iso);
		});
	});
	// Stored → boxes: runs when the stored date changes, and shows it unless the boxes already say it.
	$effect(() => {
		const now = stored();
		untrack(() => {
			const typed = partsToIso(parts);
			if (!typed.ok || typed.iso !== now) parts = isoToParts(now);
		});
	});

	return {
		get parts() {
			return parts;
		},
		set parts(value: DateParts) {
			parts = value;
		},
		/** The boxes read as a date, or the reason they are not one. */
		get check() {
			return check;
		}
	};
}
