import { describe, expect, it } from 'vitest';
import { example } from '$lib/test/extremes';
import { OpenPreparation } from './open-preparation.svelte';
import { MemoryStorage, preparationKey, PreparationStore } from './store';

/** One stored preparation, open in two tabs that share the storage, and the event each tab would hear. */
function twoTabs() {
	const store = new PreparationStore(new MemoryStorage());
	const prep = example('ayse');
	store.save(prep);
	return {
		store,
		id: prep.id,
		first: new OpenPreparation(store, structuredClone(prep)),
		second: new OpenPreparation(store, structuredClone(prep)),
		event: { key: preparationKey(prep.id) }
	};
}

describe('two tabs on one preparation', () => {
	it('keep both changes when both save different fields at the same moment', () => {
		const { store, id, first, second, event } = twoTabs();
		first.value.answers.picture.hard = 'From the first tab';
		first.flush();
		second.value.answers.picture.needsToLearn = 'From the second tab';
		second.flush();
		// Each save was made from the same version; storage holds the second. The first tab hears of it.
		first.onStorage(event);
		second.onStorage(event); // late: storage holds its own save
		first.flush(); // the pause before a save has passed
		second.onStorage(event);

		const stored = store.get(id)!.answers.picture;
		expect(stored.hard).toBe('From the first tab');
		expect(stored.needsToLearn).toBe('From the second tab');
		for (const tab of [first, second]) expect(tab.value.answers.picture).toEqual(stored);
		expect(first.syncNotice).toBe('merged');
	});

	it('end with one text, and one tab says so, when both save the same field at the same moment', () => {
		const { store, id, first, second, event } = twoTabs();
		first.value.answers.picture.hard = 'From the first tab';
		first.flush();
		second.value.answers.picture.hard = 'From the second tab';
		second.flush();
		// Each tab now hears of the other's save; the second tab's event is older than its own save.
		first.onStorage(event);
		second.onStorage(event);
		expect(first.syncNotice).toBe('conflict');
		first.flush();
		second.onStorage(event);

		const stored = store.get(id)!.answers.picture.hard;
		expect(stored).toBe('From the first tab');
		expect(first.value.answers.picture.hard).toBe(stored);
		expect(second.value.answers.picture.hard).toBe(stored);
	});

	it('keep both changes when the other tab saves from a version this one has saved over twice since', () => {
		// As when a tab frozen in the background wakes and saves before it hears of what happened meanwhile.
		const { store, id, first, second, event } = twoTabs();
		first.value.answers.picture.hard = 'First save of the first tab';
		first.flush();
		first.value.answers.picture.examples = 'Second save of the first tab';
		first.flush();
		second.value.answers.picture.needsToLearn = 'From the second tab';
		second.flush();
		first.onStorage(event);
		first.flush();
		second.onStorage(event);

		const stored = store.get(id)!.answers.picture;
		expect(stored.hard).toBe('First save of the first tab');
		expect(stored.examples).toBe('Second save of the first tab');
		expect(stored.needsToLearn).toBe('From the second tab');
		for (const tab of [first, second]) expect(tab.value.answers.picture).toEqual(stored);
	});

	it('says so when the other tab changed the same field while this one had not saved yet', () => {
		const { first, second, event } = twoTabs();
		first.value.answers.picture.hard = 'Saved by the first tab';
		first.flush();
		second.value.answers.picture.hard = 'Not yet saved in the second tab';
		second.onStorage(event);
		expect(second.syncNotice).toBe('conflict');
		expect(second.value.answers.picture.hard).toBe('Not yet saved in the second tab');
	});
});
