/**
 * Reading aloud with a voice on the device (Web Speech API). Only voices with `localService` are ever
 * used: a network voice sends the text to a company's server, which the privacy promise forbids, so
 * where the device has no local voice for the language the app offers no reading aloud at all.
 * No Svelte here: the page's state is in reader.svelte.ts.
 */

/** What the app needs of a voice (a SpeechSynthesisVoice has these). */
export interface Voice {
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

/** A language tag as written everywhere: lower case, hyphens (some Android voices say `nl_NL`). */
export function normalTag(tag: string): string {
	return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** The language itself, without script or region: `nl` of `nl-BE`. */
export function primaryTag(tag: string): string {
	return normalTag(tag).split('-')[0]!;
}

/**
 * The voice's tag we prefer: the one asked for when it names a region (the app asks with its languages'
 * tags, i18n/languages.js: nl-NL, en-GB; Arabic names none, as no region fits every family), else none.
 */
export function preferredTag(language: string): string | undefined {
	const tag = normalTag(language);
	return tag.includes('-') ? tag : undefined;
}

/**
 * The voice to read `language` with: a local voice of the same language (BCP-47 primary subtag),
 * preferably of the preferred region, else the device's default, else the first. Never a network voice,
 * also not when it is the only one: then there is none.
 */
export function chooseVoice<V extends Voice>(voices: readonly V[], language: string): V | undefined {
	const primary = primaryTag(language);
	const preferred = preferredTag(language);
	const rank = (voice: V) => (normalTag(voice.lang) === preferred ? 0 : voice.default ? 1 : 2);
	return voices
		.filter((voice) => voice.localService === true && primaryTag(voice.lang) === primary)
		.reduce<V | undefined>(
			(best, voice) => (best === undefined || rank(voice) < rank(best) ? voice : best),
			undefined
		);
}

/** What the app needs of an utterance (a SpeechSynthesisUtterance has these). */
export interface Utterance<V extends Voice = Voice> {
	lang: string;
	voice: V | null;
	// The app only sets these and never reads the event, so any event type fits.
	onend: ((event: never) => void) | null;
	onerror: ((event: never) => void) | null;
}

/** What the app needs of the device's speech synthesis (window.speechSynthesis has these). */
export interface Synth<U> {
	speak(utterance: U): void;
	cancel(): void;
	readonly speaking: boolean;
	readonly pending: boolean;
}

/**
 * Speaks texts, one reader at a time: a button (the owner) starts or stops its own texts, and starting
 * one stops whatever was speaking. `onchange` hears who speaks now, or null when it ends or is stopped.
 */
export class Speaker<V extends Voice, U extends Utterance<V>> {
	/** The reading in progress. Its utterances are kept: Chrome forgets one it speaks that nothing refers to. */
	#current: Reading<U> | null = null;

	constructor(
		private synth: Synth<U>,
		private utterance: (text: string) => U,
		private onchange: (owner: string | null) => void
	) {}

	get owner(): string | null {
		return this.#current?.owner ?? null;
	}

	/**
	 * Each text is its own utterance, so the voice pauses between title, intro and questions (and long
	 * texts are not cut off, as some engines do with one long utterance).
	 */
	speak(owner: string, texts: readonly string[], voice: V): void {
		this.#cancel();
		const reading: Reading<U> = { owner, utterances: [] };
		for (const text of texts.map((t) => t.trim()).filter(Boolean)) {
			const utterance = this.utterance(text);
			// Always set: left empty, the browser picks its default voice, which may be a network voice.
			utterance.voice = voice;
			utterance.lang = voice.lang.replace(/_/g, '-');
			// Any error ends the reading; after our own cancel it is no longer current and nothing happens.
			utterance.onerror = () => this.#finish(reading);
			reading.utterances.push(utterance);
		}
		const last = reading.utterances.at(-1);
		if (!last) return this.onchange(null);
		last.onend = () => this.#finish(reading);
		this.#current = reading;
		this.onchange(owner);
		for (const utterance of reading.utterances) this.synth.speak(utterance);
	}

	/** Stops the reading, whoever started it. */
	stop(): void {
		if (this.#current) this.#finish(this.#current);
	}

	#finish(reading: Reading<U>) {
		if (this.#current !== reading) return;
		this.#cancel();
		this.onchange(null);
	}

	#cancel() {
		this.#current = null;
		// Only when something is queued: a cancel right before speak makes some engines drop the new text.
		if (this.synth.speaking || this.synth.pending) this.synth.cancel();
	}
}

interface Reading<U> {
	owner: string;
	utterances: U[];
}
