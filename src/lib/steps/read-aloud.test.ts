import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$lib/messages';
import { BASE_LANGUAGE, type Language } from '$lib/i18n/languages';
import { setLanguage } from '$lib/i18n/locale.svelte';
import { wordsOf } from '$lib/questions/question';
import { stepReading } from './read-aloud';
import { STEPS, stepByNumber } from './steps';

const speakIn = (language: Language) => setLanguage(language);
afterEach(() => speakIn(BASE_LANGUAGE));

describe('what "Lees voor" reads on a step', () => {
	it('is the title, the intro, and each question followed by its hint, as the page shows them', () => {
		// Not the examples, nor the list's "add" button: what the page asks, not what it offers.
		expect(stepReading(stepByNumber(3)!)).toEqual([
			m.step_goes_well_title(),
			m.step_goes_well_intro(),
			m.field_strengths_label(),
			m.field_strengths_hint(),
			m.field_goes_well_home_label(),
			m.field_goes_well_school_label(),
			m.field_appreciate_label(),
			m.field_appreciate_hint()
		]);
	});

	it('is in the language the app speaks', async () => {
		await speakIn('en');
		const reading = stepReading(stepByNumber(3)!);
		expect(reading.slice(0, 4)).toEqual([
			'What goes well',
			'Every child has strengths. Start the meeting with what goes well. That gives everyone confidence. And what works well, you can do more often.',
			'What is your child good at?',
			'Think of personality, hobbies and school subjects.'
		]);
	});

	it.each(STEPS.map((step) => [step.number, step] as const))(
		'step %i: every question and hint is read, nothing empty, and only words the page shows',
		(_, step) => {
			const reading = stepReading(step);
			expect(reading.slice(0, 2)).toEqual([step.title(), step.intro()]);
			for (const field of step.fields) {
				const at = reading.indexOf(field.label());
				expect(at, field.name).toBeGreaterThan(1);
				if (field.hint) expect(reading[at + 1], field.name).toBe(field.hint());
			}
			const shown = new Set([step.title(), step.intro(), ...step.fields.flatMap(wordsOf)]);
			expect(reading.filter((text) => !shown.has(text))).toEqual([]);
			expect(reading.filter((text) => text.trim() === '')).toEqual([]);
		}
	);
});

describe('the help page on reading aloud', () => {
	const dir = new URL('../../../messages/', import.meta.url);
	const locales = readdirSync(dir).filter((name) => name.endsWith('.json'));

	// The name is written out (a placeholder would cost the first visit a request): it must stay the same.
	it.each(locales)('%s names the button as the step shows it', (file) => {
		const messages = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
		expect(messages.read_aloud_help_text).toContain(messages.read_aloud);
	});
});
