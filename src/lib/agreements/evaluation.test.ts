import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '$lib/test/extremes';
import { formatDate } from '$lib/i18n/dates';
import { evaluationOf, suggestEvaluation, suggestionText } from './evaluation';

beforeAll(() => {
	process.env.TZ = 'Europe/Amsterdam';
});

const kerst = { id: 'k', name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' };
const nl = (iso: string) => formatDate(iso, 'nl');

/** Ayşe's meeting is on Thursday 3 December 2026; her parent proposed Thursday 28 January 2027. */
function ayse() {
	const p = example('ayse');
	p.agreementsMade = [];
	return p;
}

describe('evaluationOf', () => {
	it('is what was settled at the meeting once a date was set there', () => {
		const p = ayse();
		p.after = { ...p.after, evaluationDate: '2027-02-04', evaluationTime: '15:30', whoInvites: ' De IB ' };
		expect(evaluationOf(p)).toEqual({ date: '2027-02-04', agreed: true, time: '15:30', whoInvites: 'De IB' });
	});

	it('is the parent’s own proposal, marked as not agreed, before that; a time belongs to an agreed date only', () => {
		const p = ayse();
		p.after.evaluationTime = '15:30';
		expect(evaluationOf(p)).toEqual({ date: '2027-01-28', agreed: false, time: '', whoInvites: '' });
	});

	it('is empty when there is neither', () => {
		const p = ayse();
		p.answers.evaluation.proposedDate = '';
		expect(evaluationOf(p).date).toBe('');
	});
});

describe('suggestEvaluation', () => {
	it('starts from the parent’s own date and says so', () => {
		const s = suggestEvaluation(ayse())!;
		expect(s).toEqual({ date: '2027-01-28', reason: { code: 'own' } });
		expect(suggestionText(s, nl)).toBe('Uw eigen datum uit stap 10: 28 januari 2027.');
	});

	it('moves a weekend date to the Monday and says why', () => {
		const p = ayse();
		p.answers.evaluation.proposedDate = '2027-01-30';
		const s = suggestEvaluation(p)!;
		expect(s.date).toBe('2027-02-01');
		expect(suggestionText(s, nl)).toBe(
			'Wij stellen 1 februari 2027 voor. Uw eigen datum, 30 januari 2027, valt in het weekend.'
		);
	});

	it('moves a date in a marked holiday to the first school day after it, naming the holiday', () => {
		const p = ayse();
		p.answers.evaluation.proposedDate = '2026-12-22';
		p.schoolHolidays = [kerst];
		const s = suggestEvaluation(p)!;
		expect(s.date).toBe('2027-01-04');
		expect(suggestionText(s, nl)).toBe(
			'Wij stellen 4 januari 2027 voor. Uw eigen datum, 22 december 2026, valt in de vakantie: Kerstvakantie.'
		);
		p.schoolHolidays = [{ ...kerst, name: ' ' }];
		expect(suggestionText(suggestEvaluation(p)!, nl)).toContain('valt in een schoolvakantie.');
	});

	it('names the holiday when a weekend date moves past a holiday that follows it', () => {
		const p = ayse();
		p.answers.evaluation.proposedDate = '2027-02-13';
		p.schoolHolidays = [{ id: 'v', name: 'Voorjaarsvakantie', from: '2027-02-15', to: '2027-02-19' }];
		const s = suggestEvaluation(p)!;
		expect(s).toEqual({
			date: '2027-02-22',
			reason: { code: 'own-holiday', own: '2027-02-13', holiday: 'Voorjaarsvakantie' }
		});
	});

	it('uses six weeks after the meeting when the own date is not after the meeting', () => {
		const p = ayse();
		p.answers.evaluation.proposedDate = '2026-12-03';
		const s = suggestEvaluation(p)!;
		expect(s.date).toBe('2027-01-14');
		expect(suggestionText(s, nl)).toBe(
			'Wij stellen 14 januari 2027 voor. Uw eigen datum, 3 december 2026, valt op of vóór de dag van het gesprek.'
		);
	});

	it('uses a week after the last deadline when the own date comes before it', () => {
		const p = ayse();
		p.agreementsMade = [{ ...p.answers.agreements.proposed[0]!, byWhen: '2027-02-15' }];
		const s = suggestEvaluation(p)!;
		expect(s.date).toBe('2027-02-22');
		expect(s.reason).toEqual({ code: 'own-before-deadline', own: '2027-01-28' });
		expect(suggestionText(s, nl)).toContain(
			'valt niet na de dag waarop de laatste afspraak klaar moet zijn.'
		);
	});

	it('says which rule it used when the parent proposed no date', () => {
		const p = ayse();
		p.answers.evaluation.proposedDate = '';
		expect(suggestionText(suggestEvaluation(p)!, nl)).toBe(
			'Wij stellen 14 januari 2027 voor: zes weken na het gesprek, op een schooldag.'
		);
		p.agreementsMade = [{ ...p.answers.agreements.proposed[0]!, byWhen: '2027-02-15' }];
		expect(suggestionText(suggestEvaluation(p)!, nl)).toBe(
			'Wij stellen 22 februari 2027 voor: een week nadat de laatste afspraak klaar moet zijn, op een schooldag.'
		);
	});
});
