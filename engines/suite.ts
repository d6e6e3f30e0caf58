/** The test each engine's file runs: the walk, the PDFs' words, and not one problem on any page. */
import { expect, inject, test } from 'vitest';
import type { Engine } from './engine';
import { tour } from './tour';
import { MARKERS, walk } from './walk';

/** What the parent typed that each document shows (the agenda leaves out the steps for the parent alone). */
const IN_AGENDA = [
	'child',
	'place',
	'purpose',
	'school',
	'childVoice',
	'topic',
	'question',
	'agreement',
	'evaluation'
] as const;
const IN_SHEET = ['child', 'place', 'agreement', 'evaluation'] as const;

export function walkTest(
	name: string,
	launch: () => Promise<Engine>,
	extraProblems?: (origin: string) => Promise<string[]>
) {
	test(`a new parent's whole path works in ${name}, without an error or warning on any page`, async () => {
		const origin = inject('origin');
		const started = Date.now();
		const engine = await launch();
		try {
			const { preparation, agenda, sheet, sheetAfter } = await walk(engine, origin);
			expect(preparation).toMatch(/^\/p\/./);
			for (const key of IN_AGENDA) expect(agenda, `agenda PDF: ${key}`).toContain(MARKERS[key]);
			for (const key of IN_SHEET) expect(sheet, `agreement sheet PDF: ${key}`).toContain(MARKERS[key]);
			expect(sheet).not.toContain(MARKERS.after);
			expect(sheetAfter, 'the sheet after the meeting').toContain(MARKERS.after);
			expect(await engine.problems(), 'console errors and warnings, policy violations').toEqual([]);
			await tour(engine, origin, preparation);
			expect(await engine.problems(), 'the same on every other page').toEqual([]);
		} finally {
			await engine.close();
		}
		if (extraProblems) expect(await extraProblems(origin), `${name} console while loading`).toEqual([]);
		console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	});
}
