import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readErrorMessage } from '$lib/i18n/labels';
import { example } from '$lib/test/extremes';
import { importFile } from './import';
import { MemoryStorage, PreparationStore } from './store';

const dir = new URL('../../../e2e/hostile-files/', import.meta.url);
const expected: Record<string, string> = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
const files = readdirSync(dir).filter((name) => name !== 'expected.json');

/** A device with two preparations on it, and what its storage holds, to compare after each import. */
function device() {
	const storage = new MemoryStorage();
	const store = new PreparationStore(storage);
	store.save(example('ayse'));
	store.save(example('daan'));
	const snapshot = () =>
		JSON.stringify(
			Array.from({ length: storage.length }, (_, i) => [storage.key(i), storage.getItem(storage.key(i)!)])
		);
	return { store, snapshot };
}

describe('the corpus of hostile import files', () => {
	it('has at least 40 files, each with what the app must make of it, as README.md says', () => {
		expect(files.length).toBeGreaterThanOrEqual(40);
		expect(Object.keys(expected).sort()).toEqual([...files].sort());
		const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
		expect(readme).toContain(`${files.length} hostile import files`);
	});

	it.each(files)(
		'%s: a clear message, and nothing stored changes unless it is a valid preparation',
		async (name) => {
			const { store, snapshot } = device();
			const before = snapshot();
			const outcome = await importFile(store, new Blob([readFileSync(new URL(name, dir))]));
			const want = expected[name]!;
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			if (want === 'imported') {
				expect(outcome.kind).toBe('saved');
				expect(store.get('voorbeeld-ayse-zorggesprek')).toEqual(example('ayse'));
				expect(store.list()).toHaveLength(3);
				return;
			}
			expect(snapshot()).toBe(before);
			if (want === 'same-id') {
				expect(outcome.kind).toBe('same-id');
				return;
			}
			if (want === 'too-long') {
				// Nothing is stored until the parent has seen the whole text and chosen to open it cut.
				expect(outcome.kind).toBe('too-long');
				return;
			}
			expect(outcome).toEqual({ kind: 'error', error: want });
			const code = want as keyof typeof readErrorMessage;
			for (const locale of ['nl', 'en'] as const) {
				expect(readErrorMessage[code]({}, { locale }).length).toBeGreaterThan(20);
			}
		}
	);
});
