/**
 * The calendar file (.ics, RFC 5545) with the evaluation meeting and each agreement's deadline, made with
 * ical-generator (escaping, line folding). Both are dates without a time, so they are all-day events: they
 * fall on the same day in every time zone and across summer time. Each item's UID comes from its id, so
 * importing an updated file updates the events instead of adding them again.
 */
import ical from 'ical-generator';
import { fileName } from '$lib/model/file-name';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';

const DOMAIN = 'gesprekswijzer.app';

export function calendarFile(p: Preparation, now: Date = new Date()): { name: string; text: string } {
	const o = { locale: p.language } as const;
	const child = p.child.firstName;
	const calendar = ical({
		prodId: { company: 'Gesprekswijzer', product: 'Gesprekswijzer', language: p.language.toUpperCase() },
		name: m.ics_calendar_name({ child }, o)
	});
	if (p.after.evaluationDate) {
		calendar.createEvent({
			id: `${p.id}-evaluation@${DOMAIN}`,
			start: p.after.evaluationDate,
			allDay: true,
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
