/**
 * What the walk asks of a browser, whatever drives it: Firefox over WebDriver BiDi (firefox.ts) or
 * WebKitGTK over classic WebDriver (webkit.ts). Selectors are CSS; clicks and typing are the driver's own
 * input events, as a person's would be.
 */
export interface Engine {
	readonly name: string;
	/** Loads an address as typed into the address bar (a full page load). */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	click(css: string): Promise<void>;
	/** Types into a field, key by key, after the text it has. */
	type(css: string, text: string): Promise<void>;
	/** Runs a function in the page with JSON arguments and returns its JSON result. */
	evaluate<T, A extends unknown[]>(fn: (...args: A) => T, ...args: A): Promise<T>;
	/** The bytes of a file the page handed to the browser's download, once it is complete. */
	downloaded(name: string): Promise<Buffer>;
	/** Every console error or warning, uncaught error and policy violation so far, with the page's address. */
	problems(): Promise<string[]>;
	close(): Promise<void>;
}

/** Waits until `check` returns a truthy value in the page (polled), or fails with `what`. */
export async function until<T, A extends unknown[]>(
	engine: Engine,
	what: string,
	check: (...args: A) => T,
	...args: A
): Promise<NonNullable<T>> {
	const deadline = Date.now() + 15_000;
	let last: unknown;
	for (;;) {
		try {
			const value = await engine.evaluate(check, ...args);
			if (value) return value as NonNullable<T>;
		} catch (error) {
			// A page that is being replaced cannot answer; the next poll asks the new one.
			last = error;
		}
		if (Date.now() > deadline)
			throw new Error(`${engine.name}: timed out waiting for ${what}`, { cause: last });
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
