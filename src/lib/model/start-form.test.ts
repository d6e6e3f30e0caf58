import { describe, expect, it } from 'vitest';
import { checkStartForm } from './start-form';

const date = { day: '3', month: '12', year: '2026' };

describe('checkStartForm', () => {
	it('accepts the three start fields and trims the name', () => {
		expect(checkStartForm({ childFirstName: ' Ayşe ', meetingType: 'zorg', date })).toEqual({
			ok: true,
			childFirstName: 'Ayşe',
			meetingType: 'zorg',
			meetingDate: '2026-12-03'
		});
	});

	it('lists every problem at once, in the order of the form', () => {
		const result = checkStartForm({
			childFirstName: '  ',
			meetingType: '',
			date: { day: '', month: '', year: '' }
		});
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'childFirstName', code: 'missing' },
				{ field: 'meetingType', code: 'missing' },
				{ field: 'date', code: 'missing' }
			]
		});
	});

	it('passes on the precise date problem', () => {
		const result = checkStartForm({
			childFirstName: 'Ali',
			meetingType: 'mdo',
			date: { day: '30', month: '2', year: '2027' }
		});
		expect(result).toEqual({ ok: false, errors: [{ field: 'date', code: 'not-real' }] });
	});
});
