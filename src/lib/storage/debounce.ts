/** Runs `run` once calls have been quiet for `delay` ms; `flush` runs a pending call now. */
export interface Debounced {
	(): void;
	flush(): void;
	readonly pending: boolean;
}

export function debounce(run: () => void, delay: number): Debounced {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const flush = () => {
		if (timer === undefined) return;
		clearTimeout(timer);
		timer = undefined;
		run();
	};
	const call = () => {
		clearTimeout(timer);
		timer = setTimeout(flush, delay);
	};
	return Object.defineProperties(call, {
		flush: { value: flush },
		pending: { get: () => timer !== undefined }
	}) as Debounced;
}
