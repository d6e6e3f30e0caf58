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
 * Whether anything of an agreement (or proposal) is written down: then the sheet, the recap, the calendar,
 * the timeline and the next meeting's look-back all carry it. One rule, so that they always agree.
 */
export function isWrittenDown(agreement: Pick<Agreement, AgreementPart | 'note'>): boolean {
	return missingParts(agreement).length < AGREEMENT_PARTS.length || agreement.note.trim() !== '';
}

/**
 * Phrasings that sound like an agreement but cannot be checked later, such as "meer aandacht voor lezen"
 * (the domain notes in docs/, "SMART as used in Dutch education"), by kind, so that the hint can say how to make each
 * one measurable. Matched on word stems and common word orders ("gaat proberen", "houden het in de gaten",
 * "let er beter op"), in Dutch and English, never inside another word: "uitproberen" is a concrete step.
 */
export type VagueKind =
	'try' | 'attention' | 'watch' | 'often' | 'better' | 'see-whether' | 'soon' | 'if-possible';

const VAGUE: Record<VagueKind, readonly string[]> = {
	try: ['probe(er|ert|ren|erde|erden)', 'geprobeerd', 'een poging', 'try', 'tries', 'trying', 'tried'],
	attention: [
		'(meer|extra|veel|speciale|goede|aparte) aandacht',
		'aandacht (geven|geeft|besteden|besteedt|schenken|schenkt) aan',
		'(geven|geeft|besteden|besteedt|schenken|schenkt) aandacht aan',
		'aandacht voor',
		'(more|extra|special|closer|additional) attention',
		'pay(s|ing)? (more |closer )?attention'
	],
	watch: [
		'in de gaten',
		'een oogje in het zeil',
		'(blijven|blijft) volgen',
		'keep(s|ing)? an eye on',
		'keep(s|ing)? track of',
		'monitor(s|ed|ing)?'
	],
	often: [
		'regelmatig',
		'geregeld',
		'af en toe',
		'vaker',
		'soms',
		'zo vaak mogelijk',
		'regularly',
		'from time to time',
		'occasionally',
		'more often',
		'sometimes',
		'as often as possible'
	],
	better: [
		'beter (op ?letten|gaan|worden|doen|lezen|presteren)',
		'(let|letten|lette) (er |hij |zij |ze |hem |haar )?beter op',
		'(get|gets|do|does|go|goes|become|becomes) better',
		'pays? better attention'
	],
	'see-whether': [
		'(kijken|kijkt|bekijken|bekijkt|zien|ziet) of',
		'see (if|whether)',
		'looks? (at|into) whether'
	],
	soon: [
		'zo (snel|spoedig) mogelijk',
		'zsm',
		'z\\.s\\.m\\.',
		'binnenkort',
		'op korte termijn',
		'as soon as possible',
		'asap',
		'soon'
	],
	'if-possible': [
		'(waar|als|indien|wanneer) (dat |het )?(mogelijk|nodig)',
		'zo nodig',
		'zo veel mogelijk',
		'(where|when|if) (possible|needed|necessary)',
		'as much as possible'
	]
};

const PATTERNS = Object.entries(VAGUE).map(([kind, phrasings]) => ({
	kind: kind as VagueKind,
	pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${phrasings.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}));

/** The vague phrasings in a text: each kind once, with the words as the parent wrote them. */
export function vaguePhrasings(text: string): { kind: VagueKind; words: string }[] {
	return PATTERNS.flatMap(({ kind, pattern }) => {
		const match = pattern.exec(text);
		return match ? [{ kind, words: match[0] }] : [];
	});
}

/** More agreements than this for one owner is a lot to carry until the evaluation. */
export const MAX_PER_OWNER = 3;

export type Finding =
	| { code: 'missing'; parts: AgreementPart[] }
	| { code: 'past' | 'weekend' }
	| { code: 'holiday'; holiday: string }
	| { code: 'vague'; found: { kind: VagueKind; words: string }[] }
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
	const found = vaguePhrasings(`${a.what}\n${a.howWeSee}`);
	if (found.length > 0) findings.push({ code: 'vague', found });
	if (a.who.trim()) {
		const count = context.all.filter((other) => owner(other.who) === owner(a.who)).length;
		if (count > MAX_PER_OWNER) findings.push({ code: 'busy-owner', count });
	}
	return findings;
}
