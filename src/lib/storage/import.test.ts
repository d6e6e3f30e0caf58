import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '$lib/model/constants';
import { exampleFiles } from '$lib/test/examples';
import { example } from '$lib/test/extremes';
import { importFile, importPreparation, importText, resolveSameId } from './import';
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
		[
			'a newer version',
			JSON.stringify({ ...JSON.parse(text), formatVersion: FORMAT_VERSION + 1 }),
			'newer-version'
		],
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

describe('a file with answers over their limit', () => {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file as loose JSON, changed at will
	const file = (change: (p: Record<string, any>) => void) => {
		const p = JSON.parse(JSON.stringify(example('ayse')));
		change(p);
		return JSON.stringify(p);
	};
	const store = () => new PreparationStore(new MemoryStorage());

	it('names every over-long answer, gives its whole text, and keeps the rest of the preparation', () => {
		const text = file((p) => {
			p.title = 'T'.repeat(250);
			p.meeting.place = 'P'.repeat(201);
			p.answers.people.attendees[3].roleText = 'R'.repeat(300);
		});
		const outcome = importText(store(), text);
		expect(outcome.kind).toBe('too-long');
		if (outcome.kind !== 'too-long') return;
		expect(outcome.fields.map((f) => [f.label, f.text.length, f.max])).toEqual([
			['Naam van de voorbereiding', 250, 200],
			['Waar is het gesprek?', 201, 200],
			['Wie neemt u mee? – Toelichting', 300, 200]
		]);
		expect(outcome.shortened.meeting.place).toBe('P'.repeat(200));
		expect(outcome.shortened.answers.picture).toEqual(example('ayse').answers.picture);
	});

	it('never cuts a character in half', () => {
		const outcome = importText(
			store(),
			file((p) => (p.meeting.place = `${'x'.repeat(199)}😀y`))
		);
		expect(outcome.kind === 'too-long' && outcome.shortened.meeting.place).toBe('x'.repeat(199));
	});

	it('refuses the file when what is too long is not an answer (an id), or when something else is wrong too', () => {
		expect(
			importText(
				store(),
				file((p) => (p.id = 'a'.repeat(65)))
			)
		).toEqual({
			kind: 'error',
			error: 'not-preparation'
		});
		expect(
			importText(
				store(),
				file((p) => {
					p.meeting.place = 'P'.repeat(201);
					p.meeting.durationMinutes = 'lang';
				})
			)
		).toEqual({ kind: 'error', error: 'not-preparation' });
	});

	it('stores nothing until the parent opens it cut', () => {
		const s = store();
		const outcome = importText(
			s,
			file((p) => (p.meeting.place = 'P'.repeat(201)))
		);
		expect(s.list()).toEqual([]);
		if (outcome.kind !== 'too-long') throw new Error(outcome.kind);
		expect(importPreparation(s, outcome.shortened).kind).toBe('saved');
		expect(s.get(outcome.shortened.id)?.meeting.place).toBe('P'.repeat(200));
	});
});
