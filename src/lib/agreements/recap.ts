/**
 * "Bevestiging van onze afspraken": the short, friendly message a parent sends the school after the
 * meeting, listing each agreement with owner and date and the evaluation (date, time, who invites), in the
 * preparation's language.
 */
import { evaluationOf } from './evaluation';
import { isWrittenDown } from './smart';
import { formatDate } from '$lib/i18n/dates';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';

export function recapText(p: Preparation): string {
	const o = { locale: p.language } as const;
	const date = (iso: string) => formatDate(iso, p.language, true);
	const agreements = p.agreementsMade.filter(isWrittenDown);
	const lines = [
		m.recap_subject({}, o),
		'',
		m.recap_greeting({}, o),
		'',
		m.recap_thanks({ date: date(p.meeting.date), child: p.child.firstName }, o),
		''
	];
	if (agreements.length === 0) lines.push(m.recap_none({}, o));
	agreements.forEach((a, i) => {
		const parts = [a.what.trim()].filter(Boolean);
		if (a.who.trim()) parts.push(m.recap_who({ who: a.who.trim() }, o));
		if (a.byWhen) parts.push(m.recap_when({ date: date(a.byWhen) }, o));
		lines.push(`${i + 1}. ${parts.join(' — ')}`);
		if (a.howWeSee.trim()) lines.push(`   ${m.recap_how({ how: a.howWeSee.trim() }, o)}`);
		if (a.note.trim()) lines.push(`   ${m.recap_note({ note: a.note.trim() }, o)}`);
	});
	lines.push('');
	const evaluation = evaluationOf(p);
	if (evaluation.date) {
		const when = evaluation.time
			? m.date_at_time({ date: date(evaluation.date), time: evaluation.time }, o)
			: date(evaluation.date);
		lines.push(
			evaluation.agreed
				? m.recap_evaluation({ date: when }, o)
				: m.recap_evaluation_proposed({ date: when }, o)
		);
	}
	if (evaluation.whoInvites) lines.push(m.recap_invites({ who: evaluation.whoInvites }, o));
	if (evaluation.date || evaluation.whoInvites) lines.push('');
	lines.push(m.recap_check({}, o), '', m.recap_closing({}, o));
	return lines.join('\n');
}
