/**
 * The calendar file (.ics, RFC 5545) with the evaluation meeting and each agreement's deadline, made with
 * ical-generator (escaping, line folding). Deadlines, and an evaluation without a time, are all-day events:
 * the same day in every time zone and across summer time. An evaluation with a time is a timed event at that
 * time in the parent's time zone; without an agreed date, the parent's proposal is there, marked as one.
 * Each item's UID is made of the preparation's id and the item's, so importing an updated file of the same
 * preparation updates its events, and a copy of a preparation never overwrites the original's. Text is
 * cleaned as for the PDFs: no control characters or bidi overrides, which RFC 5545 does not allow.
 */
import ical from 'ical-generator';
import { USUAL_DURATION } from '$lib/model/create';
import { fileName } from '$lib/model/file-name';
import { meetingTypeForFile } from '$lib/i18n/labels';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { plainText } from '$lib/pdf/text';
import { evaluationOf } from './evaluation';
import { isWrittenDown } from './smart';

const DOMAIN = 'gesprekswijzer.app';

/**
 * A wall-clock time on a date, as the moment it is in the parent's own time zone (the device's, with its
 * summer-time rules); the file gives it in UTC, which every calendar shows in its own local time.
 */
function localMoment(date: string, time: string): Date {
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	return new Date(y!, mo! - 1, d!, h!, mi!);
}

export function calendarFile(p: Preparation, now: Date = new Date()): { name: string; text: string } {
	const o = { locale: p.language } as const;
	const child = plainText(p.child.firstName);
	const calendar = ical({
		prodId: { company: 'Gesprekswijzer', product: 'Gesprekswijzer', language: p.language.toUpperCase() },
		name: m.ics_calendar_name({ child }, o)
	});
	const evaluation = evaluationOf(p);
	if (evaluation.date) {
		const start = evaluation.time ? localMoment(evaluation.date, evaluation.time) : undefined;
		calendar.createEvent({
			id: `${p.id}-evaluation@${DOMAIN}`,
			...(start
				? { start, end: new Date(start.getTime() + USUAL_DURATION.evaluatie * 60_000) }
				: { start: evaluation.date, allDay: true }),
			stamp: now,
			summary: evaluation.agreed ? m.ics_evaluation({ child }, o) : m.ics_evaluation_proposed({ child }, o),
			description: evaluation.whoInvites
				? m.recap_invites({ who: plainText(evaluation.whoInvites) }, o)
				: undefined
		});
	}
	for (const a of p.agreementsMade) {
		const [what, who, how] = [a.what, a.who, a.howWeSee].map((t) => plainText(t).trim());
		if (!a.byWhen || !isWrittenDown(a)) continue;
		calendar.createEvent({
			id: `${p.id}-agreement-${a.id}@${DOMAIN}`,
			start: a.byWhen,
			allDay: true,
			stamp: now,
			summary: what ? m.ics_deadline({ what }, o) : m.ics_deadline_unnamed({}, o),
			description: [who && m.recap_who({ who }, o), how && m.recap_how({ how }, o)].filter(Boolean).join('\n')
		});
	}
	const text = calendar.toString();
	return {
		name: fileName(
			[[child, ...meetingTypeForFile(p.meeting.type, o)], m.ics_file({}, o), p.meeting.date],
			'ics'
		),
		// RFC 5545 ends every content line, the last one too, with CRLF.
		text: text.endsWith('\r\n') ? text : `${text}\r\n`
	};
}
