/** Hands the open preparation from the preparation layout to its pages. */
import { getContext, setContext } from 'svelte';
import type { OpenPreparation } from './open-preparation.svelte';

const KEY = Symbol('open-preparation');

/** `open` follows the address: it changes when the parent moves to another preparation. */
export interface OpenContext {
	readonly open: OpenPreparation;
}

export const provideOpenPreparation = (context: OpenContext) => setContext(KEY, context);
export const useOpenPreparation = () => getContext<OpenContext>(KEY);
