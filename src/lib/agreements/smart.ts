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
 * "let er beter op"), in the app's six languages, never inside another word: "uitproberen" is a concrete step.
 */
export type VagueKind =
	'try' | 'attention' | 'watch' | 'often' | 'better' | 'see-whether' | 'soon' | 'if-possible';

/**
 * Per language, because a parent may write a proposal in their own language. The languages other than
 * Dutch and English have fewer phrasings (the common ones, from the translators' notes); Arabic ones allow
 * the prefixes written onto a word (و, ف, س and the person: "سنحاول", we will try).
 */
const VAGUE: Record<'nl' | 'en' | 'tr' | 'pl' | 'uk' | 'ar', Record<VagueKind, readonly string[]>> = {
	nl: {
		try: ['probe(er|ert|ren|erde|erden)', 'geprobeerd', 'een poging'],
		attention: [
			'(meer|extra|veel|speciale|goede|aparte) aandacht',
			'aandacht (geven|geeft|besteden|besteedt|schenken|schenkt) aan',
			'(geven|geeft|besteden|besteedt|schenken|schenkt) aandacht aan',
			'aandacht voor'
		],
		watch: ['in de gaten', 'een oogje in het zeil', '(blijven|blijft) volgen'],
		often: ['regelmatig', 'geregeld', 'af en toe', 'vaker', 'soms', 'zo vaak mogelijk'],
		better: [
			'beter (op ?letten|gaan|worden|doen|lezen|presteren)',
			'(let|letten|lette) (er |hij |zij |ze |hem |haar )?beter op'
		],
		'see-whether': ['(kijken|kijkt|bekijken|bekijkt|zien|ziet) of'],
		soon: ['zo (snel|spoedig) mogelijk', 'zsm', 'z\\.s\\.m\\.', 'binnenkort', 'op korte termijn'],
		'if-possible': ['(waar|als|indien|wanneer) (dat |het )?(mogelijk|nodig)', 'zo nodig', 'zo veel mogelijk']
	},
	en: {
		try: ['try', 'tries', 'trying', 'tried'],
		attention: ['(more|extra|special|closer|additional) attention', 'pay(s|ing)? (more |closer )?attention'],
		watch: ['keep(s|ing)? an eye on', 'keep(s|ing)? track of', 'monitor(s|ed|ing)?'],
		often: [
			'regularly',
			'from time to time',
			'occasionally',
			'more often',
			'sometimes',
			'as often as possible'
		],
		better: ['(get|gets|do|does|go|goes|become|becomes) better', 'pays? better attention'],
		'see-whether': ['see (if|whether)', 'looks? (at|into) whether'],
		soon: ['as soon as possible', 'asap', 'soon'],
		'if-possible': ['(where|when|if) (possible|needed|necessary)', 'as much as possible']
	},
	tr: {
		try: ['dene(mek|yecek|yeceğiz|yecekler|yeceğim|riz|rim|r|yin|yelim)', 'deneme'],
		attention: [
			'(daha fazla|ekstra|özel) (ilgi|dikkat)',
			'dikkat (edecek|edeceğiz|edecekler|edilecek|etmek)',
			'ilgi göster(ecek|eceğiz|ecekler|ilecek|mek)'
		],
		watch: ['takip (edecek|edeceğiz|edecekler|edilecek|etmek)', 'göz kulak ol(acak|acağız|mak)'],
		often: ['düzenli olarak', 'ara sıra', 'bazen', 'daha sık', 'mümkün olduğunca sık'],
		better: ['daha iyi (olacak|olsun|olması|gidecek|okuyacak)', 'düzel(ecek|sin|mesi)'],
		'see-whether': ['olup olmadığına bak(acağız|acak|alım)', 'bakalım'],
		soon: ['en kısa (sürede|zamanda)', 'yakında'],
		'if-possible': ['mümkünse', 'gerekirse', 'mümkün olduğunca']
	},
	pl: {
		try: ['spróbuj(e|emy|ą|ę)', '(po)?stara(my|ją|m)? się', 'próbowa(ć|ł|ła|li)'],
		attention: [
			'(więcej|szczególn(ą|ej)|dodatkow(ą|ej)) uwag(i|ę)',
			'zwraca(ć|my|ją)? uwagę',
			'zwróc(ić|imy|ą) uwagę'
		],
		watch: ['obserwowa(ć|ł|ła)', 'obserwuj(e|emy|ą)', 'mieć na oku', 'pilnowa(ć|ł|ła)'],
		often: ['regularnie', 'czasami', 'czasem', 'od czasu do czasu', 'częściej', 'jak najczęściej'],
		better: ['poprawi(ć|ą)? się', 'będzie lepiej', 'lepiej (się )?(uczyć|czytać|zachowywać)'],
		'see-whether': ['(zobacz|sprawdz)(ymy|i|ą),? czy'],
		soon: ['jak najszybciej', 'wkrótce', 'niedługo', 'w najbliższym czasie'],
		'if-possible': [
			'jeśli (to )?(możliwe|będzie możliwe)',
			'w miarę możliwości',
			'w razie potrzeby',
			'jak najwięcej'
		]
	},
	uk: {
		try: [
			'спроб(ує|уємо|ують|ую)',
			'(по)?намага(тися|тиметься|тимемося|ємося|ється|ються)',
			'постара(ється|ємося|юся|ються)'
		],
		attention: [
			'(більше|особлив(у|ої)|додатков(у|ої)) уваг(и|у)',
			'зверта(ти|тиме|тимемо|ємо) увагу',
			'зверн(е|емо|уть) увагу',
			'приділя(ти|тиме|тимемо|ємо) увагу'
		],
		watch: ['стежи(ти|тиме|тимемо|тимуть|мо)', 'спостеріга(ти|тиме|тимемо|ємо)', 'тримати в полі зору'],
		often: ['регулярно', 'іноді', 'інколи', 'час від часу', 'частіше', 'якомога частіше'],
		better: ['стане краще', 'покращ(иться|аться|ити|ення)'],
		'see-whether': ['(подивимо|побачимо)(ся)?,? чи'],
		soon: ['якнайшвидше', 'незабаром', 'найближчим часом', 'скоро'],
		'if-possible': [
			'якщо (це )?можливо',
			'за можливості',
			'якщо (буде )?потрібно',
			'за потреби',
			'якомога більше'
		]
	},
	ar: {
		try: ['[وف]?س?[نيتأ]حاول(ون|ن)?', '[وف]?محاولة'],
		attention: ['(مزيد|المزيد) من الاهتمام', 'اهتمام (أكبر|خاص|إضافي)', '[وف]?س?[نيت]هتم'],
		watch: ['[وف]?س?[نيت]تابع(ون)?', '[وف]?س?[نيت]راقب(ون)?', '[وف]?(متابعة|مراقبة)'],
		often: ['بانتظام', 'أحيانا', 'من وقت لآخر', 'بشكل منتظم', 'أكثر من مرة'],
		better: ['[وف]?س?[يت]تحسن', 'بشكل أفضل'],
		'see-whether': ['[وف]?س?نرى', 'ما إذا'],
		soon: ['في أقرب وقت', 'قريبا', 'بأسرع ما يمكن'],
		'if-possible': ['(إذا|إن) (كان )?(ذلك )?(ممكنا|أمكن)', 'عند الحاجة', 'إذا لزم', 'قدر الإمكان', 'إن أمكن']
	}
};

const KINDS = Object.keys(VAGUE.nl) as VagueKind[];
const PATTERNS = KINDS.map((kind) => ({
	kind,
	// Every language at once: a parent may mix them, and the app's language says nothing about the text's.
	pattern: new RegExp(
		`(?<![\\p{L}\\p{N}])(${Object.values(VAGUE)
			.flatMap((language) => language[kind])
			.join('|')})(?![\\p{L}\\p{N}])`,
		'iu'
	)
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
