/**
 * The hints under an agreement, in the app's language: the same rules for a proposal (step 9) and for an
 * agreement made (after the meeting): missing parts, a date in the past, a weekend or a holiday, vague
 * words with how to make them measurable, an owner with too much to carry. Hints only: nothing is blocked.
 */
import type { Agreement, Preparation } from '$lib/model/preparation';
import type { Localized } from '$lib/i18n/labels';
import { m } from '$lib/messages';
import { checkAgreement, missingParts, type AgreementPart, type Finding, type VagueKind } from './smart';

const SMART_PART: Record<AgreementPart, Localized> = {
	what: m.smart_part_what,
	who: m.smart_part_who,
	byWhen: m.smart_part_by_when,
	howWeSee: m.smart_part_how
};

/** How to make each kind of vague phrasing measurable. */
const MEASURABLE: Record<VagueKind, Localized> = {
	try: m.smart_vague_try,
	attention: m.smart_vague_attention,
	watch: m.smart_vague_watch,
	often: m.smart_vague_often,
	better: m.smart_vague_better,
	'see-whether': m.smart_vague_see_whether,
	soon: m.smart_vague_soon,
	'if-possible': m.smart_vague_if_possible
};

const FINDING: { [K in Finding['code']]: (f: Extract<Finding, { code: K }>) => string } = {
	missing: (f) => m.smart_hint_missing({ parts: f.parts.map((part) => SMART_PART[part]()).join(', ') }),
	past: () => m.smart_past(),
	weekend: () => m.smart_weekend(),
	holiday: (f) => m.smart_holiday({ holiday: f.holiday }),
	vague: (f) =>
		[
			m.smart_vague({ words: f.found.map(({ words }) => `“${words}”`).join(', ') }),
			...f.found.map(({ kind }) => MEASURABLE[kind]())
		].join(' '),
	'busy-owner': (f) => m.smart_busy_owner({ count: f.count })
};

/**
 * The hint under an agreement of `list` (the proposals, or the agreements made): every finding as one
 * short text, or '' for an agreement not started yet.
 */
export const agreementHint =
	(list: (p: Preparation) => readonly Agreement[]) =>
	(a: Agreement, p: Preparation): string => {
		if (missingParts(a).length === 4) return '';
		const today = new Date().toLocaleDateString('sv-SE');
		const findings = checkAgreement(a, { today, holidays: p.schoolHolidays, all: list(p) });
		return findings.map((f) => FINDING[f.code](f as never)).join(' ');
	};
