import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from './schema-text';

describe('schemas/preparation.schema.json', () => {
	it('matches the zod schema (run "npm run schemas" when this fails)', () => {
		expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
	});

	it('describes the input side: fields with a default are optional', () => {
		const schema = JSON.parse(schemaText());
		expect(schema.required).toEqual(
			expect.arrayContaining(['formatVersion', 'id', 'createdAt', 'updatedAt', 'meeting', 'child'])
		);
		expect(schema.required).not.toContain('answers');
		expect(schema.properties.meeting.properties.date.format).toBe('date');
	});
});
