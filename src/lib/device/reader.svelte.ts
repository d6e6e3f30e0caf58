/**
 * The page's side of reading aloud: the device's voices as they load (most browsers list them only after
 * a `voiceschanged` event), who is speaking now, and whether answers may be read on this page. The choices
 * themselves are in speech.ts.
 */
import { getContext, setContext } from 'svelte';
import { chooseVoice, Speaker } from './speech';

let voices: SpeechSynthesisVoice[] = $state.raw([]);
let speaking: string | null = $state(null);
let speaker: Speaker<SpeechSynthesisVoice, SpeechSynthesisUtterance> | undefined;

/** Starts listening for the device's voices, once; call it from an effect (in the browser). */
export function listenForVoices(): void {
	if (speaker || typeof speechSynthesis === 'undefined') return;
	const synth = speechSynthesis;
	speaker = new Speaker<SpeechSynthesisVoice, SpeechSynthesisUtterance>(
		synth,
		(text) => new SpeechSynthesisUtterance(text),
		(owner) => (speaking = owner)
	);
	const load = () => (voices = synth.getVoices());
	load();
	synth.addEventListener('voiceschanged', load);
	// Leaving the app (closing the tab, another site) ends the reading too.
	addEventListener('pagehide', () => speaker?.stop());
}

/** The local voice for a language, or undefined: then the app offers no reading aloud. */
export function voiceFor(language: string): SpeechSynthesisVoice | undefined {
	return chooseVoice(voices, language);
}

export function isSpeaking(owner: string): boolean {
	return speaking === owner;
}

export function speak(owner: string, texts: readonly string[], voice: SpeechSynthesisVoice): void {
	speaker?.speak(owner, texts, voice);
}

/** Stops the reading when `owner` started it; another button's reading goes on. */
export function stopIfSpeaking(owner: string): void {
	if (speaker?.owner === owner) speaker.stop();
}

const ANSWERS = Symbol('read-answers');
/** On a step, each answer gets its own button to hear it read; elsewhere answers have none. */
export const offerAnswerReading = () => setContext(ANSWERS, true);
export const answersReadable = () => getContext<boolean | undefined>(ANSWERS) === true;
