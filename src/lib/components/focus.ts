/**
 * Moves the keyboard focus once the page has been redrawn. For when the button the parent pressed is gone
 * or changed (an item removed, a question asked in its place): without this the focus falls to the page and
 * a keyboard or screen-reader user loses their place. Falls back to the page's main region.
 */
import { tick } from 'svelte';

export async function focusAfterUpdate(id: string): Promise<void> {
	await tick();
	(document.getElementById(id) ?? document.getElementById('main'))?.focus();
}
