/** The test each engine's file runs: the walk, the PDFs' words, and not one problem on any page. */
import { expect, inject, test } from 'vitest';
import type { Engine } from './engine';
import { MARKERS, walk } from './walk';

/** In the agenda: what the parent wants to talk about; on the agreement sheet: what is to be agreed. */
const IN_AGENDA = [MARKERS.child, MARKERS.purpose, MARKERS.topic, MARKERS.question];
const IN_SHEET = [MARKERS.child, MARKERS.agreement, MARKERS.evaluation];

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
			const { agenda, sheet } = await walk(engine, origin);
			for (const word of IN_AGENDA) expect(agenda, `agenda PDF: ${word}`).toContain(word);
			for (const word of IN_SHEET) expect(sheet, `agreement sheet PDF: ${word}`).toContain(word);
			expect(await engine.problems(), 'console errors and warnings, policy violations').toEqual([]);
		} finally {
			await engine.close();
		}
		if (extraProblems) expect(await extraProblems(origin), `${name} console while loading`).toEqual([]);
		console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	});
}
