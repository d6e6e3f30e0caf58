import { FORMAT_VERSION } from './constants';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '$lib/test/examples';
import { MAX_FILE_BYTES, readPreparation, writePreparation } from './file';

const example = JSON.parse(exampleFiles[0]!.text);

describe('readPreparation', () => {
	it('gives back exactly what writePreparation wrote, for every example', () => {
		for (const file of exampleFiles) {
			const first = readPreparation(file.text);
			expect(first.ok, file.name).toBe(true);
			if (!first.ok) continue;
			const again = readPreparation(writePreparation(first.preparation));
			expect(again).toEqual(first);
		}
	});

	it('reads a file of the first format (version 1) as it was written, and a meeting type of version 2', () => {
		const old = readPreparation(JSON.stringify({ ...example, formatVersion: 1 }));
		expect(old.ok && old.preparation).toEqual({ ...example, formatVersion: FORMAT_VERSION });
		const unsure = { ...example, meeting: { ...example.meeting, type: 'unknown' } };
		expect(readPreparation(JSON.stringify(unsure)).ok).toBe(true);
	});

	it.each([
		['an empty file', '', 'empty'],
		['only spaces', '  \n ', 'empty'],
		['text that is not JSON', 'Beste juf, hierbij mijn vragen', 'not-json'],
		['cut-off JSON', exampleFiles[0]!.text.slice(0, 200), 'not-json'],
		['a JSON list', '[1, 2, 3]', 'not-preparation'],
		['a JSON number', '42', 'not-preparation'],
		['JSON null', 'null', 'not-preparation'],
		['another app’s JSON', '{"name": "my-app", "version": "1.0.0"}', 'not-preparation'],
		[
			'a preparation with a wrong type',
			JSON.stringify({ ...example, child: { firstName: 12 } }),
			'not-preparation'
		],
		['a preparation without a child', JSON.stringify({ ...example, child: undefined }), 'not-preparation'],
		[
			'a preparation with an impossible date',
			JSON.stringify({ ...example, meeting: { ...example.meeting, date: '2026-02-30' } }),
			'not-preparation'
		],
		['a newer format version', JSON.stringify({ ...example, formatVersion: 99 }), 'newer-version'],
		['no format version', JSON.stringify({ ...example, formatVersion: undefined }), 'not-preparation'],
		['10,000 levels deep', '['.repeat(10_000) + ']'.repeat(10_000), 'not-preparation'],
		['more than the size limit', ' '.repeat(MAX_FILE_BYTES + 1), 'too-large']
	])('rejects %s', (_label, text, error) => {
		expect(readPreparation(text)).toEqual({ ok: false, error });
	});

	it('keeps HTML in answers as plain text and drops keys the schema does not know', () => {
		const hostile = {
			...example,
			title: '<img src=x onerror=alert(1)>',
			extra: 'x',
			__proto__: { polluted: true }
		};
		const text = JSON.stringify(hostile).replace('"extra"', '"__proto__":{"polluted":true},"extra"');
		const result = readPreparation(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.preparation.title).toBe('<img src=x onerror=alert(1)>');
		expect('extra' in result.preparation).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
