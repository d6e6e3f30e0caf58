import { describe, expect, it } from 'vitest';
import { missingParts } from './smart';

const full = {
	what: 'Twee keer per week lezen',
	who: 'Juf Łucja',
	byWhen: '2026-12-14',
	howWeSee: 'AVI-niveau'
};

describe('missingParts', () => {
	it('finds nothing missing in a complete agreement', () => {
		expect(missingParts(full)).toEqual([]);
	});

	it('names every part that is empty or only spaces, in a fixed order', () => {
		expect(missingParts({ ...full, who: '  ', byWhen: '' })).toEqual(['who', 'byWhen']);
		expect(missingParts({ what: '', who: '', byWhen: '', howWeSee: '' })).toEqual([
			'what',
			'who',
			'byWhen',
			'howWeSee'
		]);
	});
});
