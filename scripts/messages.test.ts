import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expression, placeholdersOf } from './messages.js';

const run = (text: string, inputs: Record<string, unknown> = {}) =>
	new Function('i', `return ${expression(text)};`)(inputs) as string;

describe('the message compiler', () => {
	it('writes a message back exactly, whatever characters it holds', () => {
		for (const text of ['Naar de inhoud', 'Quote " and \\ backslash', 'Line\nbreak', '`$` a template', '']) {
			expect(run(text)).toBe(text);
		}
	});

	it('puts the inputs where their placeholders are, also at the start, the end and side by side', () => {
		expect(run('{child} – {meeting}', { child: 'Ayşe', meeting: 'zorggesprek' })).toBe('Ayşe – zorggesprek');
		expect(run('{a}{b}', { a: 1, b: 2 })).toBe('12');
		expect(run('{n}', { n: 3 })).toBe('3');
		expect(run('Nog {count} keer {count}', { count: 2 })).toBe('Nog 2 keer 2');
		expect(placeholdersOf('Nog {count} keer {count} {max}')).toEqual(['count', 'max']);
	});

	it('gives a key that is a reserved word a module that still exports it under its name', () => {
		const module = readFileSync(join(import.meta.dirname, '../src/lib/messages/m/continue.js'), 'utf8');
		expect(module).toContain('export { _continue as continue };');
	});
});
