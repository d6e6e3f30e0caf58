/**
 * What an agreement still lacks to be checkable afterwards (SMART as used in Dutch education), as
 * findings with a code; pages turn them into hints. Hints only: nothing is ever blocked.
 */
import { parseISO, isWeekend } from 'date-fns';
import type { Agreement, Holiday } from '$lib/model/preparation';
import { inHoliday } from './school-days';

export const AGREEMENT_PARTS = ['what', 'who', 'byWhen', 'howWeSee'] as const;
export type AgreementPart = (typeof AGREEMENT_PARTS)[number];

export function missingParts(agreement: Pick<Agreement, AgreementPart>): AgreementPart[] {
	return AGREEMENT_PARTS.filter((part) => agreement[part].trim() === '');
}

/**
 * Words that sound like an agreement but cannot be checked later, such as "meer aandacht voor lezen"
 * (docs/domain.md, "SMART as used in Dutch education").
 */
const VAGUE = [
	'meer aandacht',
	'extra aandacht',
	'aandacht voor',
	'beter gaan',
	'beter worden',
	'proberen',
	'probeert',
	'zo snel mogelijk',
	'zo veel mogelijk',
	'waar mogelijk',
	'indien nodig',
	'in de gaten houden',
	'kijken of',
	'more attention',
	'extra attention',
	'get better',
	'try to',
	'as soon as possible',
	'where possible',
	'if needed',
	'keep an eye on'
];

/** More agreements than this for one owner is a lot to carry until the evaluation. */
export const MAX_PER_OWNER = 3;

export type Finding =
	| { code: 'missing'; parts: AgreementPart[] }
	| { code: 'past' | 'weekend' }
	| { code: 'holiday'; holiday: string }
	| { code: 'vague'; words: string[] }
	| { code: 'busy-owner'; count: number };

export interface CheckContext {
	/** Today, yyyy-mm-dd. */
	today: string;
	holidays: readonly Holiday[];
	/** All agreements of the meeting, to count per owner. */
	all: readonly Pick<Agreement, 'who'>[];
}

const owner = (who: string) => who.trim().toLowerCase().replace(/\s+/g, ' ');

export function checkAgreement(a: Agreement, context: CheckContext): Finding[] {
	const findings: Finding[] = [];
	const missing = missingParts(a);
	if (missing.length > 0) findings.push({ code: 'missing', parts: missing });
	if (a.byWhen) {
		if (a.byWhen < context.today) findings.push({ code: 'past' });
		else if (isWeekend(parseISO(a.byWhen))) findings.push({ code: 'weekend' });
		const holiday = inHoliday(a.byWhen, context.holidays);
		if (holiday) findings.push({ code: 'holiday', holiday: holiday.name });
	}
	const text = `${a.what} ${a.howWeSee}`.toLowerCase();
	const words = VAGUE.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text));
	if (words.length > 0) findings.push({ code: 'vague', words });
	if (a.who.trim()) {
		const count = context.all.filter((other) => owner(other.who) === owner(a.who)).length;
		if (count > MAX_PER_OWNER) findings.push({ code: 'busy-owner', count });
	}
	return findings;
}
