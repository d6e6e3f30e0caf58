import { describe, expect, it } from 'vitest';
import { exampleFiles } from '$lib/test/examples';
import { importFile, importText, resolveSameId } from './import';
import { MemoryStorage, PreparationStore } from './store';

const text = exampleFiles[0]!.text;
const id = JSON.parse(text).id;
const snapshot = (storage: MemoryStorage) =>
	Array.from({ length: storage.length }, (_, i) => [storage.key(i), storage.getItem(storage.key(i)!)]);

describe('importing a file', () => {
	it('saves a valid file that is new on this device', () => {
		const store = new PreparationStore(new MemoryStorage());
		const outcome = importText(store, text);
		expect(outcome.kind).toBe('saved');
		expect(store.get(id)?.child.firstName).toBe('Ayşe');
	});

	it('asks before it replaces a preparation with the same id', () => {
		const store = new PreparationStore(new MemoryStorage());
		importText(store, text);
		const changed = JSON.parse(text);
		changed.child.firstName = 'Ayşe Nur';
		const outcome = importText(store, JSON.stringify(changed));
		expect(outcome.kind).toBe('same-id');
		expect(store.get(id)?.child.firstName).toBe('Ayşe');
		if (outcome.kind !== 'same-id') return;

		resolveSameId(store, outcome.incoming, 'keep-both', 'Kopie');
		expect(
			store
				.list()
				.map((p) => p.child.firstName)
				.sort()
		).toEqual(['Ayşe', 'Ayşe Nur']);
		expect(store.list().find((p) => p.title === 'Kopie')?.id).not.toBe(id);

		resolveSameId(store, outcome.incoming, 'replace', 'Kopie');
		expect(store.get(id)?.child.firstName).toBe('Ayşe Nur');
	});

	it.each([
		['not JSON', 'hallo', 'not-json'],
		['a newer version', JSON.stringify({ ...JSON.parse(text), formatVersion: 2 }), 'newer-version'],
		['not a preparation', '{"a": 1}', 'not-preparation']
	])('changes nothing stored when the file is %s', (_label, bad, error) => {
		const storage = new MemoryStorage();
		const store = new PreparationStore(storage);
		importText(store, exampleFiles[1]!.text);
		const before = snapshot(storage);
		expect(importText(store, bad)).toEqual({ kind: 'error', error });
		expect(snapshot(storage)).toEqual(before);
	});

	it('refuses a file over the size limit without reading it', async () => {
		const store = new PreparationStore(new MemoryStorage());
		const huge = new Blob([new Uint8Array(3 * 1024 * 1024)]);
		expect(await importFile(store, huge)).toEqual({ kind: 'error', error: 'too-large' });
	});
});
