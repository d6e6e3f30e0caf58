/**
 * Collects the date questions on a form, so that on "Doorgaan" the page can list every date that is not a
 * real one in its error summary. Dates enter the preparation only when valid, so the boxes hold the rest.
 */
import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';

export class DateChecks {
	/** True once the parent pressed the form's button: from then on, fields show their message. */
	submitted = $state(false);
	#checks = new SvelteMap<string, () => string>();

	/** Registers a field's check (its error message, or ''); returns the function that unregisters it. */
	register(id: string, check: () => string): () => void {
		this.#checks.set(id, check);
		return () => this.#checks.delete(id);
	}

	errors(): { target: string; message: string }[] {
		return [...this.#checks]
			.map(([target, check]) => ({ target, message: check() }))
			.filter((error) => error.message !== '');
	}
}

const KEY = Symbol('date-checks');
export const provideDateChecks = (checks: DateChecks) => setContext(KEY, checks);
export const useDateChecks = () => getContext<DateChecks | undefined>(KEY);
