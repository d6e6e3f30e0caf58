/**
 * The hints under an agreement, in the app's language: which parts a proposal still lacks, and every SMART
 * finding on an agreement made. Hints only: nothing is ever blocked.
 */
import type { Agreement, Preparation } from '$lib/model/preparation';
import type { Localized } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages.js';
import { checkAgreement, missingParts, type AgreementPart, type Finding } from './smart';

const SMART_PART: Record<AgreementPart, Localized> = {
	what: m.smart_part_what,
	who: m.smart_part_who,
	byWhen: m.smart_part_by_when,
	howWeSee: m.smart_part_how
};

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
