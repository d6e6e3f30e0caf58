import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const load = (locale: string) => {
	const messages = JSON.parse(readFileSync(join(ROOT, 'messages', `${locale}.json`), 'utf8'));
	delete messages.$schema;
	return messages as Record<string, string>;
};
const nl = load('nl');
const en = load('en');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'paraglide') return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}
const used = new Set(
	[...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))]
		.map((file) => readFileSync(file, 'utf8'))
		.filter((source) => source.includes("import { m } from '$lib/paraglide/messages.js'"))
		.flatMap((source) => [...source.matchAll(/\bm\.([a-z][a-z0-9_]*)/g)].map((match) => match[1]!))
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message files', () => {
	it('have the same keys in Dutch and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});

	it('have every key that the code uses', () => {
		expect([...used].filter((key) => !(key in nl)).sort()).toEqual([]);
	});

	it('have no key that the code does not use', () => {
		expect(Object.keys(nl).filter((key) => !used.has(key))).toEqual([]);
	});

	it('use the same placeholders in both languages and leave no text empty', () => {
		for (const key of Object.keys(nl)) {
			expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(nl[key]!));
			expect(nl[key]!.trim(), key).not.toBe('');
			expect(en[key]!.trim(), key).not.toBe('');
		}
	});
});
