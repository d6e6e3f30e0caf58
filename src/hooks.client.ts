/**
 * Errors in the browser. An address the app does not have is no fault: the page says so to the parent
 * (+error.svelte), and the console stays quiet. Anything else is logged for whoever investigates.
 */
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
};
