import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';

const ROOT = join(import.meta.dirname, '../../..');
const load = (locale: string) => {
	const messages = JSON.parse(readFileSync(join(ROOT, 'messages', `${locale}.json`), 'utf8'));
	delete messages.$schema;
	return messages as Record<string, string>;
};
const nl = load('nl');
const en = load('en');
/** Every message file. */
const all = readdirSync(join(ROOT, 'messages'))
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.replace('.json', ''));

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'messages' && dir.endsWith('lib')) return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}
const used = new Set(
	[...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))]
		.map((file) => readFileSync(file, 'utf8'))
		.filter((source) => source.includes("import { m } from '$lib/messages'"))
		.flatMap((source) => [...source.matchAll(/\bm\.([a-z][a-z0-9_]*)/g)].map((match) => match[1]!))
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message files', () => {
	it('are one per language of the list, no more, no less', () => {
		expect([...all].sort()).toEqual([...LANGUAGES].sort());
	});

	it('have every key that the code uses', () => {
		expect([...used].filter((key) => !(key in nl)).sort()).toEqual([]);
	});

	it('have no key that the code does not use', () => {
		expect(Object.keys(nl).filter((key) => !used.has(key))).toEqual([]);
	});

	it.each(all)(
		'%s has the keys of the Dutch, in the same order, with the same placeholders, none empty',
		(locale) => {
			const messages = load(locale);
			expect(Object.keys(messages)).toEqual(Object.keys(nl));
			for (const [key, text] of Object.entries(messages)) {
				expect(text.trim(), key).not.toBe('');
				expect(placeholders(text), key).toEqual(placeholders(nl[key]!));
			}
		}
	);
});

/** Sentences end with . ? ! or a line break; a placeholder counts as one word. */
const sentences = (text: string) =>
	text
		.split(/(?<=[.?!])\s+|\n+/)
		.map((s) => s.trim())
		.filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length;

describe('the Dutch at language level B1', () => {
	it('keeps every sentence of an introduction or a hint to 15 words, and every other to 20', () => {
		const tooLong = Object.entries(nl).flatMap(([key, text]) => {
			const limit = /_intro|_hint/.test(key) ? 15 : 20;
			return sentences(text)
				.filter((sentence) => words(sentence) > limit)
				.map((sentence) => `${key}: ${sentence}`);
		});
		expect(tooLong).toEqual([]);
	});

	it('counts words and sentences as a reader does', () => {
		expect(sentences('Zet uw onderwerpen in volgorde. Wat komt eerst? Klaar!')).toHaveLength(3);
		expect(words('Ons voorstel: {minutes} minuten.')).toBe(4);
		expect(words('Tekens over: – 15')).toBe(3);
	});
});

describe('the words of the app', () => {
	it('never describe a save button that does not exist: everything saves by itself', () => {
		const save = /altijd opslaan|klik op opslaan|always save|click save/i;
		expect([...Object.entries(nl), ...Object.entries(en)].filter(([, text]) => save.test(text))).toEqual([]);
	});
});
