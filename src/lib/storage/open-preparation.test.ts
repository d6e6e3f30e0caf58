import { describe, expect, it } from 'vitest';
import { example } from '$lib/test/extremes';
import { OpenPreparation } from './open-preparation.svelte';
import { MemoryStorage, preparationKey, PreparationStore } from './store';

describe('two tabs on one preparation', () => {
	it('end with the same text when both save at almost the same moment and the events come late', () => {
		const store = new PreparationStore(new MemoryStorage());
		const prep = example('ayse');
		store.save(prep);
		const first = new OpenPreparation(store, structuredClone(prep));
		const second = new OpenPreparation(store, structuredClone(prep));

		first.value.answers.picture.hard = 'From the first tab';
		first.flush();
		second.value.answers.picture.hard = 'From the second tab';
		second.flush();
		// Each tab now hears of the other's save; the second tab's event is older than its own save.
		const event = { key: preparationKey(prep.id) };
		first.onStorage(event);
		second.onStorage(event);

		const stored = store.get(prep.id)!.answers.picture.hard;
		expect(stored).toBe('From the second tab');
		expect(first.value.answers.picture.hard).toBe(stored);
		expect(second.value.answers.picture.hard).toBe(stored);
	});

	it('says so when the other tab changed the same field while this one had not saved yet', () => {
		const store = new PreparationStore(new MemoryStorage());
		const prep = example('ayse');
		store.save(prep);
		const first = new OpenPreparation(store, structuredClone(prep));
		const second = new OpenPreparation(store, structuredClone(prep));
		first.value.answers.picture.hard = 'Saved by the first tab';
		first.flush();
		second.value.answers.picture.hard = 'Not yet saved in the second tab';
		second.onStorage({ key: preparationKey(prep.id) });
		expect(second.syncNotice).toBe('conflict');
		expect(second.value.answers.picture.hard).toBe('Not yet saved in the second tab');
	});
});
