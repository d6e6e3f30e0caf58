import { describe, expect, it } from 'vitest';
import { createPreparation } from '$lib/model/create';
import { writePreparation } from '$lib/model/file';
import { exampleFiles } from '$lib/test/examples';
import { MemoryStorage, PREFIX, preparationKey, PreparationStore } from './store';

const make = (name: string, date = '2026-12-03') =>
	createPreparation({ childFirstName: name, meetingType: 'zorg', meetingDate: date, language: 'nl' });

describe('PreparationStore', () => {
	it('keeps several preparations side by side and gives each back whole', () => {
		const store = new PreparationStore(new MemoryStorage());
		const ayse = make('Ayşe');
		const lukasz = make('Łukasz');
		ayse.answers.picture.hard = 'Hardop lezen in de kring';
		store.save(ayse);
		store.save(lukasz);
		expect(store.get(ayse.id)).toEqual(ayse);
		expect(
			store
				.list()
				.map((p) => p.child.firstName)
				.sort()
		).toEqual(['Ayşe', 'Łukasz']);
	});

	it('lists the most recently changed preparation first', () => {
		const store = new PreparationStore(new MemoryStorage());
		const older = { ...make('A'), updatedAt: '2026-11-01T10:00:00.000Z' };
		const newer = { ...make('B'), updatedAt: '2026-11-20T10:00:00.000Z' };
		store.save(older);
		store.save(newer);
		expect(store.list().map((p) => p.child.firstName)).toEqual(['B', 'A']);
	});

	it('asks for a backup once a preparation has changed, until that version is saved as a file', () => {
		const store = new PreparationStore(new MemoryStorage());
		const prep = make('Ayşe');
		store.save(prep);
		expect(store.needsBackup(prep)).toBe(false);
		const changed = { ...prep, updatedAt: new Date(Date.parse(prep.createdAt) + 5_000).toISOString() };
		expect(store.needsBackup(changed)).toBe(true);
		store.markBackedUp(changed);
		expect(store.needsBackup(changed)).toBe(false);
		const later = { ...changed, updatedAt: new Date(Date.parse(changed.updatedAt) + 60_000).toISOString() };
		expect(store.needsBackup(later)).toBe(true);
		store.remove(prep.id);
		expect(store.backedUp(prep.id)).toBeUndefined();
	});

	it('removes one preparation and leaves the others', () => {
		const store = new PreparationStore(new MemoryStorage());
		const a = make('A');
		const b = make('B');
		store.save(a);
		store.save(b);
		store.remove(a.id);
		expect(store.list().map((p) => p.id)).toEqual([b.id]);
	});

	it('moves a record that no longer parses aside, keeping its text, and lists the rest', () => {
		const storage = new MemoryStorage();
		const store = new PreparationStore(storage);
		const good = make('Goed');
		store.save(good);
		storage.setItem(preparationKey('broken'), '{"formatVersion": 1, "id": "broken", "child": ');
		expect(store.list().map((p) => p.id)).toEqual([good.id]);
		expect(storage.getItem(preparationKey('broken'))).toBeNull();
		expect(store.setAside()).toEqual([
			{
				key: expect.stringContaining('aside:broken:'),
				text: '{"formatVersion": 1, "id": "broken", "child": '
			}
		]);
	});

	it('reads an example file stored as a record', () => {
		const storage = new MemoryStorage();
		const text = exampleFiles[0]!.text;
		storage.setItem(preparationKey(JSON.parse(text).id), text);
		expect(new PreparationStore(storage).list()).toHaveLength(1);
	});

	it('says so when the storage is full, and keeps what was stored before', () => {
		const first = make('Eerste');
		const storage = new MemoryStorage(writePreparation(first).length + 200);
		const store = new PreparationStore(storage);
		expect(store.save(first)).toEqual({ ok: true });
		const big = make('Tweede');
		big.answers.picture.hard = 'x'.repeat(5_000);
		expect(store.save(big)).toEqual({ ok: false, reason: 'quota' });
		expect(store.list().map((p) => p.id)).toEqual([first.id]);
	});

	it('wipes every key it wrote and nothing else', () => {
		const storage = new MemoryStorage();
		const store = new PreparationStore(storage);
		store.save(make('A'));
		storage.setItem(`${PREFIX}lang`, 'en');
		storage.setItem(preparationKey('kapot'), 'kapot');
		store.list();
		storage.setItem('other-app', 'keep');
		store.wipe();
		expect(storage.length).toBe(1);
		expect(storage.getItem('other-app')).toBe('keep');
	});
});

describe('the journal beside storage', () => {
	/** A journal kept in memory, as IndexedDB keeps it in the browser. */
	const memoryJournal = () => {
		const texts = new Map<string, string>();
		return {
			texts,
			put: (id: string, text: string) => void texts.set(id, text),
			remove: (id: string) => void texts.delete(id),
			clear: () => texts.clear()
		};
	};

	it('puts back what storage lost in a crash, and only what is newer', () => {
		const journal = memoryJournal();
		const before = new PreparationStore(new MemoryStorage(), journal);
		const prep = make('Ayşe');
		before.save(prep);
		const typed = { ...prep, updatedAt: new Date(Date.parse(prep.createdAt) + 9_000).toISOString() };
		typed.answers.picture.hard = 'Hardop lezen';
		before.save(typed);

		// Storage as a crash left it: only the first version reached the disk.
		const storage = new MemoryStorage();
		storage.setItem(preparationKey(prep.id), writePreparation(prep));
		const after = new PreparationStore(storage, journal);
		expect(after.recover([...journal.texts.values()])).toBe(1);
		expect(after.get(prep.id)?.answers.picture.hard).toBe('Hardop lezen');
		expect(after.recover([...journal.texts.values()])).toBe(0);
		expect(after.recover(['{"not": "a preparation"}', 'kapot'])).toBe(0);
	});

	it('keeps the work in the journal when storage is full, and forgets it on delete and wipe', () => {
		const journal = memoryJournal();
		const store = new PreparationStore(new MemoryStorage(10), journal);
		const prep = make('Łukasz');
		expect(store.save(prep)).toEqual({ ok: false, reason: 'quota' });
		expect(JSON.parse(journal.texts.get(prep.id)!).child.firstName).toBe('Łukasz');
		store.remove(prep.id);
		expect(journal.texts.size).toBe(0);
		store.save(prep);
		store.wipe();
		expect(journal.texts.size).toBe(0);
	});
});
