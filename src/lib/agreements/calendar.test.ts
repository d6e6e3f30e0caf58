import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { example } from '$lib/test/extremes';
import { calendarFile } from './calendar';
import { copyPreparation } from '$lib/model/create';
import { takeOverProposals } from './take-over';

function prepared() {
	const p = example('ayse');
	takeOverProposals(p);
	p.agreementsMade[0]!.what =
		'Lezen oefenen; twee keer per week, met de onderwijsassistent, 15 minuten per keer, in een rustig lokaal';
	p.after.evaluationDate = '2027-01-28';
	p.after.whoInvites = 'De intern begeleider';
	return p;
}

/** Parsed with ical.js, an independent parser (Mozilla's), not with what wrote it. */
function events(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((v) => {
		const event = new ICAL.Event(v);
		return {
			uid: event.uid,
			summary: event.summary,
			description: event.description,
			start: event.startDate.toString(),
			allDay: event.startDate.isDate
		};
	});
}

describe('calendarFile', () => {
	it('is named by the meeting for a child whose name has no Latin letters', () => {
		const prep = prepared();
		prep.child.firstName = 'ሰላም';
		expect(calendarFile(prep, new Date('2026-12-03T20:00:00Z')).name).toBe(
			'zorggesprek-afspraken-agenda-2026-12-03.ics'
		);
	});

	it('holds the evaluation and every deadline as all-day events that an independent parser reads back', () => {
		const { name, text } = calendarFile(prepared(), new Date('2026-12-03T20:00:00Z'));
		expect(name).toBe('ayse-afspraken-agenda-2026-12-03.ics');
		const parsed = events(text);
		expect(parsed).toHaveLength(3);
		expect(parsed[0]).toEqual({
			uid: 'voorbeeld-ayse-zorggesprek-evaluation@gesprekswijzer.app',
			summary: 'Evaluatiegesprek over Ayşe',
			description: 'De intern begeleider nodigt uit.',
			start: '2027-01-28',
			allDay: true
		});
		expect(parsed[1]?.summary).toBe(
			'Afspraak klaar: Lezen oefenen; twee keer per week, met de onderwijsassistent, 15 minuten per keer, in een rustig lokaal'
		);
		expect(parsed[1]?.start).toBe('2026-12-14');
	});

	it('escapes and folds lines as RFC 5545 asks', () => {
		const { text } = calendarFile(prepared());
		expect(text).toContain('Lezen oefenen\\; twee keer per week\\, met');
		for (const line of text.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('keeps each item’s UID when the file is made again, so calendars update instead of doubling', () => {
		const p = prepared();
		const first = events(calendarFile(p).text).map((e) => e.uid);
		p.agreementsMade[1]!.byWhen = '2026-12-10';
		const second = events(calendarFile(p).text);
		expect(second.map((e) => e.uid)).toEqual(first);
		expect(second[2]?.start).toBe('2026-12-10');
	});

	it('puts the same calendar day in the file in every time zone', () => {
		for (const zone of ['Europe/Amsterdam', 'America/Los_Angeles', 'Pacific/Auckland']) {
			process.env.TZ = zone;
			expect(events(calendarFile(prepared()).text)[0]?.start).toBe('2027-01-28');
		}
		process.env.TZ = 'UTC';
	});

	it('makes a timed evaluation at the parent’s local time, right on both sides of summer time', () => {
		process.env.TZ = 'Europe/Amsterdam';
		const p = prepared();
		p.after.evaluationTime = '15:30';
		for (const [date, utc] of [
			['2027-03-26', '2027-03-26T14:30:00Z'],
			['2027-03-29', '2027-03-29T13:30:00Z'],
			['2027-10-29', '2027-10-29T13:30:00Z'],
			['2027-11-01', '2027-11-01T14:30:00Z']
		] as const) {
			p.after.evaluationDate = date;
			const evaluation = events(calendarFile(p).text)[0]!;
			expect(evaluation.allDay).toBe(false);
			expect(evaluation.start).toBe(utc);
		}
		const text = calendarFile(p).text;
		expect(text).toContain('DTSTART:20271101T143000Z');
		expect(text).toContain('DTEND:20271101T151500Z');
		process.env.TZ = 'UTC';
	});

	it('has no control character or bidi override from the parent’s text, ends with CRLF and still parses', () => {
		const p = prepared();
		const dirty = (t: string) => `\u0000${t}\u0007 \u001b[31m\u000b\b\u202e${t}\u202c\u2066x\u2069`;
		p.child.firstName = dirty('Ayşe');
		p.after.whoInvites = dirty('IB');
		for (const a of p.agreementsMade) {
			a.what = dirty(a.what);
			a.who = dirty(a.who);
			a.howWeSee = dirty(a.howWeSee);
		}
		const { text } = calendarFile(p);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		// What RFC 5545 forbids in a content line (CR and LF only end lines), and bidi overrides.
		const forbidden = /[\u0000-\u0008\u000a-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g; // eslint-disable-line no-control-regex
		expect(text.replace(/\r\n/g, '').match(forbidden)).toBeNull();
		const parsed = events(text);
		expect(parsed).toHaveLength(3);
		expect(parsed[0]?.summary).toBe('Evaluatiegesprek over Ayşe [31mAyşex');
		expect(parsed[0]?.description).toBe('IB [31mIBx nodigt uit.');
	});

	it('gives a copy of a preparation UIDs of its own, so it never overwrites the original’s events', () => {
		const p = prepared();
		const copy = copyPreparation(p, 'Kopie');
		const original = events(calendarFile(p).text).map((e) => e.uid);
		const copied = events(calendarFile(copy).text).map((e) => e.uid);
		expect(copied).toHaveLength(original.length);
		expect(copied.filter((uid) => original.includes(uid))).toEqual([]);
		for (const uid of [...original, ...copied]) expect(uid).toMatch(/@gesprekswijzer\.app$/);
	});

	it('holds the parent’s own proposal, marked as one, until a date is agreed', () => {
		const p = prepared();
		p.after.evaluationDate = '';
		p.after.whoInvites = '';
		const [evaluation] = events(calendarFile(p).text);
		expect(evaluation).toMatchObject({
			summary: 'Voorstel: evaluatiegesprek over Ayşe',
			start: '2027-01-28',
			allDay: true
		});
		p.after.evaluationDate = '2027-02-04';
		const [agreed] = events(calendarFile(p).text);
		expect(agreed).toMatchObject({ uid: evaluation!.uid, summary: 'Evaluatiegesprek over Ayşe' });
	});
});
