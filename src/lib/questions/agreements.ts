/**
 * Questions about agreements: the proposals of step 9, the agreements made at the meeting, the earlier
 * agreements a follow-up meeting looks back on, and the school holidays that dates should avoid.
 */
import { agreementHint } from '$lib/agreements/hints';
import { lookBackDecisionLabel, lookBackStatusLabel } from '$lib/i18n/labels';
import { LOOK_BACK_DECISION, LOOK_BACK_STATUS } from '$lib/model/constants';
import type { Agreement, Holiday, LookBack } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { recordsQuestion, type SubQuestion } from './builders';

/** What, who, by when and how we see it works: the same for a proposal and for an agreement made. */
const AGREEMENT_PARTS: readonly SubQuestion<Agreement>[] = [
	{ kind: 'textarea', name: 'what', label: m.field_agreement_what },
	{ kind: 'text', name: 'who', label: m.field_agreement_who, hint: m.field_agreement_who_hint },
	{ kind: 'date', name: 'byWhen', label: m.field_agreement_when },
	{ kind: 'textarea', name: 'howWeSee', label: m.field_agreement_how }
];

/** Step 9. The agenda lists them; the sheet does too, as proposals, until agreements are written down. */
export const proposedAgreements = recordsQuestion<Agreement>({
	path: ['answers', 'agreements', 'proposed'],
	name: 'agreements',
	label: m.field_agreements_label,
	hint: m.field_agreements_hint,
	example: m.field_agreements_example,
	addLabel: m.field_agreements_add,
	removeLabel: m.field_agreements_remove,
	itemLabel: (n) => m.field_agreements_item({ n }),
	recordHint: agreementHint((p) => p.answers.agreements.proposed),
	fields: AGREEMENT_PARTS,
	paper: ['agenda', 'sheet']
});

export const madeAgreements = recordsQuestion<Agreement>({
	path: ['agreementsMade'],
	name: 'made',
	label: m.after_made_label,
	hint: m.after_made_hint,
	addLabel: m.after_made_add,
	removeLabel: m.field_agreements_remove,
	itemLabel: (n) => m.field_agreements_item({ n }),
	recordHint: agreementHint((p) => p.agreementsMade),
	fields: [...AGREEMENT_PARTS, { kind: 'textarea', name: 'note', label: m.after_note_label }],
	paper: ['sheet']
});

/** The earlier agreements of a follow-up meeting: how did each go, and keep, change or stop it? */
export const lookBack = recordsQuestion<LookBack>({
	path: ['lookBack'],
	name: 'look-back',
	label: m.look_back_label,
	hint: m.look_back_hint,
	addLabel: m.look_back_add,
	removeLabel: m.look_back_remove,
	itemLabel: (n) => m.look_back_item({ n }),
	fields: [
		// The agreement's text is also on the parent's own page, beside the note about how it went.
		{ kind: 'textarea', name: 'agreement', label: m.look_back_agreement, paper: ['agenda', 'own'] },
		{ kind: 'text', name: 'who', label: m.field_agreement_who },
		{ kind: 'date', name: 'byWhen', label: m.field_agreement_when },
		{
			kind: 'choice',
			name: 'status',
			label: m.look_back_status,
			options: LOOK_BACK_STATUS.map((value) => ({ value, label: lookBackStatusLabel[value] }))
		},
		{
			kind: 'choice',
			name: 'decision',
			label: m.look_back_decision,
			options: LOOK_BACK_DECISION.map((value) => ({ value, label: lookBackDecisionLabel[value] }))
		},
		// How it went is the parent's own note to speak from, not for the school's copy.
		{ kind: 'textarea', name: 'note', label: m.after_note_label, paper: ['own'] }
	],
	paper: ['agenda']
});

/** Only for the date checks: no document prints the holidays. */
export const holidays = recordsQuestion<Holiday>({
	path: ['schoolHolidays'],
	name: 'holidays',
	label: m.after_holidays_label,
	hint: m.after_holidays_hint,
	addLabel: m.after_holidays_add,
	removeLabel: m.after_holidays_remove,
	itemLabel: (n) => m.after_holidays_item({ n }),
	start: () => {
		const today = new Date().toLocaleDateString('sv-SE');
		return { from: today, to: today };
	},
	fields: [
		{ kind: 'text', name: 'name', label: m.after_holiday_name },
		{ kind: 'date', name: 'from', label: m.after_holiday_from },
		{ kind: 'date', name: 'to', label: m.after_holiday_to }
	],
	paper: []
});
