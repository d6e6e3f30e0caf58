/**
 * The questions of an agreement and the hints about it, shared by the proposals (step 9) and the
 * agreements actually made (after the meeting), plus the school holidays the parent marks.
 */
import { newId } from '$lib/model/create';
import { LOOK_BACK_DECISION, LOOK_BACK_STATUS, MAX_ITEMS } from '$lib/model/constants';
import type { Agreement, Holiday, LookBack, Preparation } from '$lib/model/preparation';
import { m } from '$lib/paraglide/messages.js';
import { recordQuestion, type RecordsField, type RecordSubField, type Text } from '$lib/steps/fields';
import { checkAgreement, missingParts, type AgreementPart, type Finding } from './smart';

const SMART_PART: Record<AgreementPart, Text> = {
	what: m.smart_part_what,
	who: m.smart_part_who,
	byWhen: m.smart_part_by_when,
	howWeSee: m.smart_part_how
};

export const AGREEMENT_QUESTIONS: readonly RecordSubField<Agreement>[] = [
	recordQuestion('textarea', 'what', m.field_agreement_what),
	recordQuestion('text', 'who', m.field_agreement_who, m.field_agreement_who_hint),
	recordQuestion('date', 'byWhen', m.field_agreement_when),
	recordQuestion('textarea', 'howWeSee', m.field_agreement_how)
];

export const emptyAgreement = (fromProposal = ''): Agreement => ({
	id: newId(),
	what: '',
	who: '',
	byWhen: '',
	howWeSee: '',
	note: '',
	fromProposal
});

/** For a proposal: which of what, who, by when and how is still empty (nothing when all or none are). */
export function missingHint(a: Agreement): string {
	const missing = missingParts(a);
	if (missing.length === 0 || missing.length === 4) return '';
	return m.smart_hint_missing({ parts: missing.map((part) => SMART_PART[part]()).join(', ') });
}

const FINDING: { [K in Finding['code']]: (f: Extract<Finding, { code: K }>) => string } = {
	missing: (f) => m.smart_hint_missing({ parts: f.parts.map((part) => SMART_PART[part]()).join(', ') }),
	past: () => m.smart_past(),
	weekend: () => m.smart_weekend(),
	holiday: (f) => m.smart_holiday({ holiday: f.holiday }),
	vague: (f) => m.smart_vague({ words: f.words.map((w) => `“${w}”`).join(', ') }),
	'busy-owner': (f) => m.smart_busy_owner({ count: f.count })
};

/** For an agreement made: every SMART finding, as one short text. */
export function findingsHint(a: Agreement, p: Preparation): string {
	if (missingParts(a).length === 4) return '';
	const today = new Date().toLocaleDateString('sv-SE');
	const findings = checkAgreement(a, { today, holidays: p.schoolHolidays, all: p.agreementsMade });
	return findings.map((f) => FINDING[f.code](f as never)).join(' ');
}

export const madeAgreementsField: RecordsField<Agreement> = {
	kind: 'records',
	name: 'made',
	label: m.after_made_label,
	hint: m.after_made_hint,
	max: 20,
	addLabel: m.after_made_add,
	removeLabel: m.field_agreements_remove,
	itemLabel: (n) => m.field_agreements_item({ n }),
	recordHint: findingsHint,
	list: (p) => p.agreementsMade,
	add: (p) => p.agreementsMade.push(emptyAgreement()),
	remove: (p, id) => {
		p.agreementsMade = p.agreementsMade.filter((a) => a.id !== id);
	},
	fields: [...AGREEMENT_QUESTIONS, recordQuestion('textarea', 'note', m.after_note_label)]
};

export const holidaysField: RecordsField<Holiday> = {
	kind: 'records',
	name: 'holidays',
	label: m.after_holidays_label,
	hint: m.after_holidays_hint,
	max: 20,
	addLabel: m.after_holidays_add,
	removeLabel: m.after_holidays_remove,
	itemLabel: (n) => m.after_holidays_item({ n }),
	list: (p) => p.schoolHolidays,
	add: (p) => {
		const today = new Date().toLocaleDateString('sv-SE');
		p.schoolHolidays.push({ id: newId(), name: '', from: today, to: today });
	},
	remove: (p, id) => {
		p.schoolHolidays = p.schoolHolidays.filter((h) => h.id !== id);
	},
	fields: [
		recordQuestion('text', 'name', m.after_holiday_name),
		recordQuestion('date', 'from', m.after_holiday_from),
		recordQuestion('date', 'to', m.after_holiday_to)
	]
};

/** Takes over the proposals that are not yet among the agreements made; returns how many. */
export function takeOverProposals(p: Preparation): number {
	const taken = new Set(p.agreementsMade.map((a) => a.fromProposal));
	const fresh = p.answers.agreements.proposed.filter((a) => a.what.trim() && !taken.has(a.id));
	for (const a of fresh)
		p.agreementsMade.push({
			...emptyAgreement(a.id),
			what: a.what,
			who: a.who,
			byWhen: a.byWhen,
			howWeSee: a.howWeSee
		});
	return fresh.length;
}

const STATUS_LABEL: Record<LookBack['status'], Text> = {
	unknown: m.look_back_status_unknown,
	done: m.look_back_status_done,
	working: m.look_back_status_working,
	'not-working': m.look_back_status_not_working
};
const DECISION_LABEL: Record<LookBack['decision'], Text> = {
	unknown: m.look_back_decision_unknown,
	keep: m.look_back_decision_keep,
	change: m.look_back_decision_change,
	stop: m.look_back_decision_stop
};
export const lookBackStatusLabel = STATUS_LABEL;
export const lookBackDecisionLabel = DECISION_LABEL;

/** The earlier agreements of a follow-up meeting: how did each go, and keep, change or stop it? */
export const lookBackField: RecordsField<LookBack> = {
	kind: 'records',
	name: 'look-back',
	label: m.look_back_label,
	hint: m.look_back_hint,
	max: MAX_ITEMS,
	addLabel: m.look_back_add,
	removeLabel: m.look_back_remove,
	itemLabel: (n) => m.look_back_item({ n }),
	list: (p) => p.lookBack,
	add: (p) =>
		p.lookBack.push({
			id: newId(),
			agreement: '',
			who: '',
			byWhen: '',
			status: 'unknown',
			decision: 'unknown',
			note: ''
		}),
	remove: (p, id) => {
		p.lookBack = p.lookBack.filter((l) => l.id !== id);
	},
	fields: [
		recordQuestion('textarea', 'agreement', m.look_back_agreement),
		{
			kind: 'choice',
			name: 'status',
			label: m.look_back_status,
			options: LOOK_BACK_STATUS.map((value) => ({ value, label: STATUS_LABEL[value] })),
			get: (l) => l.status,
			set: (l, v) => (l.status = v as LookBack['status'])
		},
		{
			kind: 'choice',
			name: 'decision',
			label: m.look_back_decision,
			options: LOOK_BACK_DECISION.map((value) => ({ value, label: DECISION_LABEL[value] })),
			get: (l) => l.decision,
			set: (l, v) => (l.decision = v as LookBack['decision'])
		},
		recordQuestion('textarea', 'note', m.after_note_label)
	]
};
