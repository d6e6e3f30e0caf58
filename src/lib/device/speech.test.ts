import { describe, expect, it } from 'vitest';
import { chooseVoice, preferredTag, primaryTag, Speaker, type Utterance, type Voice } from './speech';

const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({
	name,
	lang,
	localService,
	default: isDefault
});

describe('the voice for a language', () => {
	it('is a local voice of that language, never a network voice, also not the default one', () => {
		const voices = [
			voice('Netwerk', 'nl-NL', false, true),
			voice('Engels', 'en-GB'),
			voice('Lokaal', 'nl-NL')
		];
		expect(chooseVoice(voices, 'nl-NL')?.name).toBe('Lokaal');
	});

	it('is none when the device has only network voices for the language', () => {
		expect(
			chooseVoice([voice('Netwerk', 'nl-NL', false, true), voice('Engels', 'en-GB')], 'nl-NL')
		).toBeUndefined();
		expect(chooseVoice([], 'nl-NL')).toBeUndefined();
	});

	it('matches the language, not its first letters or a language that merely contains it', () => {
		expect(chooseVoice([voice('Nepali', 'ne-NP'), voice('Low German', 'nds-NL')], 'nl-NL')).toBeUndefined();
		expect(chooseVoice([voice('Ukrainian', 'uk-UA')], 'en-GB')).toBeUndefined();
	});

	it('prefers the region the app speaks like, then the device’s default, then the first', () => {
		const dutch = [voice('Vlaams', 'nl-BE'), voice('Nederlands', 'nl-NL')];
		expect(chooseVoice(dutch, 'nl-NL')?.name).toBe('Nederlands');
		const english = [voice('US', 'en-US'), voice('India', 'en-IN', true, true), voice('UK', 'en-GB')];
		expect(chooseVoice(english, 'en-GB')?.name).toBe('UK');
		expect(chooseVoice(english.slice(0, 2), 'en-GB')?.name).toBe('India');
		expect(chooseVoice([voice('Belgisch', 'nl-BE'), voice('Surinaams', 'nl-SR')], 'nl-NL')?.name).toBe(
			'Belgisch'
		);
	});

	it('works the same for every language the app speaks, and for any other code', () => {
		const voices = [
			voice('Türkçe', 'tr-TR'),
			voice('Polski', 'pl-PL'),
			voice('Українська', 'uk-UA'),
			voice('Egypt', 'ar-EG'),
			voice('Saudi', 'ar-SA', true, true),
			voice('Tigrinya', 'ti-ER')
		];
		expect(chooseVoice(voices, 'tr-TR')?.name).toBe('Türkçe');
		expect(chooseVoice(voices, 'pl-PL')?.name).toBe('Polski');
		expect(chooseVoice(voices, 'uk-UA')?.name).toBe('Українська');
		expect(chooseVoice(voices, 'ar')?.name).toBe('Saudi');
		expect(chooseVoice(voices, 'ti')?.name).toBe('Tigrinya');
	});

	it('reads tags the way devices write them: any case, underscores, a script or no region', () => {
		expect(chooseVoice([voice('Android', 'nl_NL')], 'nl-NL')?.name).toBe('Android');
		expect(chooseVoice([voice('Kort', 'NL')], 'nl-NL')?.name).toBe('Kort');
		expect(chooseVoice([voice('Latin', 'sr-Latn-RS')], 'sr')?.name).toBe('Latin');
		expect(primaryTag('en_GB')).toBe('en');
	});

	it('takes the region the app asks for when it names one', () => {
		expect(preferredTag('nl-NL')).toBe('nl-nl');
		expect(preferredTag('en-GB')).toBe('en-gb');
		expect(preferredTag('ar')).toBeUndefined();
		expect(preferredTag('nl-BE')).toBe('nl-be');
		expect(chooseVoice([voice('NL', 'nl-NL'), voice('BE', 'nl-BE')], 'nl-BE')?.name).toBe('BE');
	});
});

/** A stand-in for the device's speech: it records what it is asked, and ends utterances on request. */
class FakeSynth {
	queue: FakeUtterance[] = [];
	spoken: { text: string; lang: string; voice: string | undefined }[] = [];
	cancels = 0;
	get speaking() {
		return this.queue.length > 0;
	}
	pending = false;
	speak(u: FakeUtterance) {
		this.queue.push(u);
		this.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
	}
	cancel() {
		this.cancels++;
		const queue = this.queue;
		this.queue = [];
		// As Chrome does: the utterances cut off get an error event.
		for (const u of queue) u.onerror?.(new Event('error'));
	}
	/** The first utterance in the queue is spoken to its end. */
	next() {
		const u = this.queue.shift()!;
		u.onend?.(new Event('end'));
	}
}

class FakeUtterance implements Utterance {
	lang = '';
	voice: Voice | null = null;
	onend: ((event: Event) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	constructor(public text: string) {}
}

function setUp() {
	const synth = new FakeSynth();
	const owners: (string | null)[] = [];
	const speaker = new Speaker(
		synth,
		(text) => new FakeUtterance(text),
		(owner) => owners.push(owner)
	);
	return { synth, owners, speaker };
}

const local = voice('Lokaal', 'nl-NL');

describe('speaking', () => {
	it('speaks each text as its own utterance, with the chosen voice and its language, skipping empty ones', () => {
		const { synth, owners, speaker } = setUp();
		speaker.speak('step', ['Wat gaat goed', ' ', 'Elk kind heeft sterke kanten.'], local);
		expect(synth.spoken).toEqual([
			{ text: 'Wat gaat goed', lang: 'nl-NL', voice: 'Lokaal' },
			{ text: 'Elk kind heeft sterke kanten.', lang: 'nl-NL', voice: 'Lokaal' }
		]);
		expect(speaker.owner).toBe('step');
		expect(owners).toEqual(['step']);
	});

	it('gives each utterance the voice’s language as a tag, also from a voice that writes it with an underscore', () => {
		const { synth, speaker } = setUp();
		speaker.speak('step', ['Hallo'], voice('Android', 'nl_NL'));
		expect(synth.spoken).toEqual([{ text: 'Hallo', lang: 'nl-NL', voice: 'Android' }]);
	});

	it('is done when the last text is spoken, not before', () => {
		const { synth, owners, speaker } = setUp();
		speaker.speak('step', ['Een', 'Twee'], local);
		synth.next();
		expect(speaker.owner).toBe('step');
		synth.next();
		expect(speaker.owner).toBeNull();
		expect(owners).toEqual(['step', null]);
	});

	it('stops at once when asked, and what the cancel cuts off changes nothing after that', () => {
		const { synth, owners, speaker } = setUp();
		speaker.speak('step', ['Een', 'Twee'], local);
		speaker.stop();
		expect(synth.cancels).toBe(1);
		expect(speaker.owner).toBeNull();
		expect(owners).toEqual(['step', null]);
		speaker.stop();
		expect(synth.cancels).toBe(1);
	});

	it('reads one thing at a time: a new reading stops the one before, whose end does not stop the new one', () => {
		const { synth, owners, speaker } = setUp();
		speaker.speak('step', ['Een', 'Twee'], local);
		speaker.speak('answer', ['Mijn antwoord'], local);
		expect(synth.cancels).toBe(1);
		expect(synth.queue.map((u) => u.text)).toEqual(['Mijn antwoord']);
		expect(speaker.owner).toBe('answer');
		expect(owners).toEqual(['step', 'answer']);
		synth.next();
		expect(owners).toEqual(['step', 'answer', null]);
	});

	it('does not cancel when nothing is speaking (some engines then drop the next text)', () => {
		const { synth, speaker } = setUp();
		speaker.speak('step', ['Een'], local);
		expect(synth.cancels).toBe(0);
	});

	it('ends the whole reading when the device fails on one text', () => {
		const { synth, owners, speaker } = setUp();
		speaker.speak('step', ['Een', 'Twee', 'Drie'], local);
		synth.queue[0]!.onerror?.(new Event('error'));
		expect(speaker.owner).toBeNull();
		expect(synth.queue).toEqual([]);
		expect(owners).toEqual(['step', null]);
	});

	it('says nothing and speaks for no one when there is nothing to read', () => {
		const { synth, owners, speaker } = setUp();
		speaker.speak('answer', ['  '], local);
		expect(synth.spoken).toEqual([]);
		expect(owners).toEqual([null]);
	});
});
