import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/messages';
import { translated } from './locale.svelte';
import { formatDate } from './dates';
import { fill } from './words';
import { BASE_LANGUAGE, LANGUAGES } from './languages';
import { PREFIX } from '$lib/storage/keys';

// Vitest's setup (src/lib/test/load-languages.ts) has loaded every language's words.
describe('the words of a language', () => {
	it('are the Dutch in Dutch, and the language’s own when asked for', () => {
		expect(m.continue()).toBe('Doorgaan');
		expect(translated(0, undefined, { locale: 'nl' })).toBeUndefined();
		expect(m.language_menu({}, { locale: 'tr' })).toBe('Dil');
		expect(m.language_menu({}, { locale: 'uk' })).toBe('Мова');
	});

	it('fill the placeholders in every language', () => {
		const inputs = { child: 'Ayşe', meeting: 'zorggesprek', date: '3 december 2026' };
		for (const locale of ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const) {
			const title = m.preparation_title(inputs, { locale });
			expect(title, locale).toContain('Ayşe');
			expect(title, locale).not.toMatch(/\{|\}/);
		}
		expect(fill('{a} en {a}', { a: 1 })).toBe('1 en 1');
	});

	it('give dates in the language', () => {
		expect(formatDate('2026-12-03', 'nl', true)).toBe('donderdag 3 december 2026');
		expect(formatDate('2026-12-03', 'en', true)).toBe('Thursday 3 December 2026');
		expect(formatDate('2026-12-03', 'tr')).toContain('Aralık');
		expect(formatDate('2026-12-03', 'pl')).toContain('grudnia');
		expect(formatDate('2026-12-03', 'uk')).toContain('грудня');
	});
});

describe('the script in src/app.html that hides a page until its language’s words are there', () => {
	const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

	it('reads the key the language is remembered under', () => {
		expect(script).toContain(`localStorage.getItem('${PREFIX}lang')`);
	});

	it('waits for every language but Dutch, and for nothing else', () => {
		const pattern = new RegExp(/\/(.+)\/\.test\(/.exec(script)![1]!);
		for (const code of LANGUAGES) expect(pattern.test(code), code).toBe(code !== BASE_LANGUAGE);
		for (const other of ['', 'nl-NL', 'ar ', 'x'.repeat(40)]) expect(pattern.test(other), other).toBe(false);
	});
});
