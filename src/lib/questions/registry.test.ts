import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAt } from '$lib/model/path';
import { emptyPreparation } from '$lib/test/extremes';
import { STEPS } from '$lib/steps/steps';
import { printsOn, type Field } from './question';
import { QUESTIONS } from './registry';

interface JsonSchema {
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	maxLength?: number;
	maxItems?: number;
	anyOf?: JsonSchema[];
}

/** The generated JSON Schema: written from the zod schema by another route than the one the questions take. */
const json = JSON.parse(
	readFileSync(new URL('../../../schemas/preparation.schema.json', import.meta.url), 'utf8')
) as JsonSchema;

function jsonAt(path: readonly string[]): JsonSchema {
	let node = json;
	for (const key of path) {
		const next = key === '*' ? node.items : node.properties?.[key];
		if (!next) throw new Error(`no ${path.join('.')} in the JSON Schema`);
		node = next;
	}
	return node;
}

describe('the question registry', () => {
	it('names each question once', () => {
		const names = QUESTIONS.map((q) => q.name);
		expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
	});

	it('points every question at a place the preparation has, of the right kind', () => {
		const prep = emptyPreparation();
		for (const q of QUESTIONS) {
			const value = getAt(prep, q.path);
			if (q.kind === 'lines' || q.kind === 'records') expect(Array.isArray(value), q.name).toBe(true);
			else if (q.kind === 'number') expect(typeof value, q.name).toBe('number');
			else expect(typeof value, q.name).toBe('string');
		}
	});

	it('takes every limit from the schema, as the JSON Schema states it', () => {
		const limits = (q: Field): [string, number, number | undefined][] => {
			switch (q.kind) {
				case 'text':
				case 'textarea':
					return [[q.name, q.maxLength, jsonAt(q.path).maxLength]];
				case 'lines':
					return [
						[q.name, q.max, jsonAt(q.path).maxItems],
						[q.name, q.maxLength, jsonAt([...q.path, '*', 'text']).maxLength]
					];
				case 'records':
					return [
						[q.name, q.max, jsonAt(q.path).maxItems],
						...q.fields.flatMap((sub): [string, number, number | undefined][] =>
							sub.kind === 'text' || sub.kind === 'textarea'
								? [[`${q.name}.${sub.name}`, sub.maxLength, jsonAt([...q.path, '*', sub.name]).maxLength]]
								: []
						)
					];
				default:
					return [];
			}
		};
		const all = QUESTIONS.flatMap(limits);
		expect(all.length).toBeGreaterThan(50);
		for (const [name, ours, schema] of all) expect(ours, name).toBe(schema);
	});

	it('prints every answer of the ten steps on the agenda or on the parent’s own page', () => {
		for (const step of STEPS)
			for (const q of step.fields)
				expect(printsOn(q, 'agenda') || printsOn(q, 'own'), `${step.key}: ${q.name}`).toBe(true);
	});

	it('never prints the parent’s private answers on the school’s copies, whatever the registry grows into', () => {
		// Written out here, not read from the registry: a private question marked for the agenda by mistake fails.
		const PRIVATE = [
			'goes-well-strengths',
			'goesWell-atHome',
			'goesWell-atSchool',
			'goesWell-appreciate',
			'picture-hard',
			'picture-examples',
			'picture-needsToLearn',
			'picture-needsToFeelWell',
			'homeSchool-seeAtHome',
			'homeSchool-worksAtHome',
			'homeSchool-wantToKnow',
			'expectations-ofSchool',
			'expectations-ofUs',
			'expectations-mayDiffer',
			'wishes',
			'evaluation-ifNotKept',
			'evaluation-keepCalm',
			'meeting-note'
		];
		for (const name of PRIVATE) {
			const q = QUESTIONS.find((question) => question.name === name);
			expect(q, name).toBeDefined();
			expect(printsOn(q!, 'agenda') || printsOn(q!, 'sheet'), name).toBe(false);
		}
		const lookBackNote = QUESTIONS.find((q) => q.name === 'look-back');
		expect(
			lookBackNote?.kind === 'records' && lookBackNote.fields.find((f) => f.name === 'note')?.paper
		).toEqual(['own']);
	});
});
