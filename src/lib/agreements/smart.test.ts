import { describe, expect, it } from 'vitest';
import type { Agreement } from '$lib/model/preparation';
import { checkAgreement, missingParts } from './smart';

const full = {
	what: 'Twee keer per week lezen',
	who: 'Juf Łucja',
	byWhen: '2026-12-14',
	howWeSee: 'AVI-niveau'
};
const agreement = (over: Partial<Agreement> = {}): Agreement => ({
	id: 'a',
	note: '',
	fromProposal: '',
	...full,
	...over
});
const context = { today: '2026-12-03', holidays: [], all: [] };

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

describe('checkAgreement', () => {
	it('has nothing to say about a SMART agreement', () => {
		expect(checkAgreement(agreement(), context)).toEqual([]);
	});

	it('says when there is no owner or no date', () => {
		expect(checkAgreement(agreement({ who: '', byWhen: '' }), context)).toEqual([
			{ code: 'missing', parts: ['who', 'byWhen'] }
		]);
	});

	it('says when the date is in the past, in a weekend or in a school holiday the parent marked', () => {
		expect(checkAgreement(agreement({ byWhen: '2026-12-02' }), context)).toEqual([{ code: 'past' }]);
		expect(checkAgreement(agreement({ byWhen: '2026-12-03' }), context)).toEqual([]);
		expect(checkAgreement(agreement({ byWhen: '2026-12-12' }), context)).toEqual([{ code: 'weekend' }]);
		const holidays = [{ id: 'k', name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' }];
		expect(checkAgreement(agreement({ byWhen: '2026-12-22' }), { ...context, holidays })).toEqual([
			{ code: 'holiday', holiday: 'Kerstvakantie' }
		]);
	});

	it('finds vague words that cannot be measured, in Dutch and in English, as whole words', () => {
		expect(checkAgreement(agreement({ what: 'Meer aandacht voor lezen' }), context)).toEqual([
			{ code: 'vague', words: ['meer aandacht', 'aandacht voor'] }
		]);
		expect(checkAgreement(agreement({ howWeSee: 'Het moet beter gaan' }), context)).toEqual([
			{ code: 'vague', words: ['beter gaan'] }
		]);
		expect(checkAgreement(agreement({ what: 'We try to read more' }), context)).toEqual([
			{ code: 'vague', words: ['try to'] }
		]);
		expect(checkAgreement(agreement({ what: 'Uitproberen van een koptelefoon' }), context)).toEqual([]);
	});

	it('says when one owner carries more than three agreements', () => {
		const all = Array.from({ length: 4 }, () => ({ who: 'juf  Łucja' }));
		expect(checkAgreement(agreement(), { ...context, all })).toEqual([{ code: 'busy-owner', count: 4 }]);
		expect(checkAgreement(agreement(), { ...context, all: all.slice(1) })).toEqual([]);
	});
});
