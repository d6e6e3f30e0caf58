/**
 * The calendar file (.ics, RFC 5545) with the evaluation meeting and each agreement's deadline, made with
 * ical-generator (escaping, line folding). Deadlines, and an evaluation without a time, are all-day events:
 * the same day in every time zone and across summer time. An evaluation with a time is a timed event at that
 * time in the parent's time zone. Each item's UID comes from its id, so importing an updated file updates
 * the events instead of adding them again.
 */
import ical from 'ical-generator';
import { USUAL_DURATION } from '$lib/model/create';
import { fileName } from '$lib/model/file-name';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';

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
	const child = p.child.firstName;
	const calendar = ical({
		prodId: { company: 'Gesprekswijzer', product: 'Gesprekswijzer', language: p.language.toUpperCase() },
		name: m.ics_calendar_name({ child }, o)
	});
	if (p.after.evaluationDate) {
		const start = p.after.evaluationTime
			? localMoment(p.after.evaluationDate, p.after.evaluationTime)
			: undefined;
		calendar.createEvent({
			id: `${p.id}-evaluation@${DOMAIN}`,
			...(start
				? { start, end: new Date(start.getTime() + USUAL_DURATION.evaluatie * 60_000) }
				: { start: p.after.evaluationDate, allDay: true }),
			stamp: now,
			summary: m.ics_evaluation({ child }, o),
			description: p.after.whoInvites.trim()
				? m.recap_invites({ who: p.after.whoInvites.trim() }, o)
				: undefined
		});
	}
	for (const a of p.agreementsMade) {
		if (!a.byWhen || !a.what.trim()) continue;
		calendar.createEvent({
			id: `${a.id}@${DOMAIN}`,
			start: a.byWhen,
			allDay: true,
			stamp: now,
			summary: m.ics_deadline({ what: a.what.trim() }, o),
			description: [
				a.who.trim() && m.recap_who({ who: a.who.trim() }, o),
				a.howWeSee.trim() && m.recap_how({ how: a.howWeSee.trim() }, o)
			]
				.filter(Boolean)
				.join('\n')
		});
	}
	return {
		name: fileName([child, m.ics_file({}, o), p.meeting.date], 'ics'),
		text: calendar.toString()
	};
}
