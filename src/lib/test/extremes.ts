/** Preparations at the edges, for the document tests and the benchmark: empty, huge, crowded, every script. */
import { createPreparation } from '$lib/model/create';
import { readPreparation } from '$lib/model/file';
import type { Preparation } from '$lib/model/preparation';
import { exampleFiles } from './examples';

export function example(name: string): Preparation {
	const file = exampleFiles.find((f) => f.name.startsWith(name));
	const read = file && readPreparation(file.text);
	if (!read?.ok) throw new Error(`no example ${name}`);
	return read.preparation;
}

export const NAMES = [
	'Ayşe Yılmaz',
	'İlkay Ğüneş',
	'Łukasz Śliwiński',
	'Żaneta',
	'Nguyễn Thị Ánh',
	'Lê Văn Việt',
	'Ștefan Țuțea',
	'Řehoř Ěmil',
	'Guðrún Þórsdóttir',
	'Đorđe Đukić',
	'Олена Шевченко'
];

/** Sentences in the scripts beyond Latin, each with a unique marker word, as a parent could type them. */
export const SENTENCES = {
	/** Arabic with a Latin name, a year and a Dutch class: a right-to-left paragraph. */
	arabic: 'محمد يحب كرة القدم مع Tom منذ 2023 في groep 5',
	/** Persian, with پ چ ژ گ and the zero-width non-joiner inside می‌خواهد. */
	persian: 'زهرا می‌خواهد پیش چیدن ژاکت گرم بماند',
	/** Tigrinya (Ethiopic script). */
	tigrinya: 'ዮሃንስ ሰላም ኣብ ቤት ትምህርቲ',
	/** Dutch with an Arabic name and a number in it: a left-to-right paragraph. */
	dutch: 'Wij noemen hem محمد en hij is 8 jaar',
	ukrainian: 'Олена добре читає',
	turkish: 'Ayşe Yılmaz İ ı ğ ş okuyor'
} as const;

/** A preparation with the child, attendees and answers in Arabic, Persian, Tigrinya and more. */
export function scriptsPreparation(): Preparation {
	const p = example('ayse');
	p.child.firstName = 'محمد';
	const names = ['فاطمة', 'زهرا پژمان گلچهره', 'ሰላም', 'ዮሃንስ', 'Олена', 'Ayşe Yılmaz'];
	p.answers.people.attendees = names.map((name, i) => ({
		id: `s${i}`,
		name,
		role: 'other',
		roleText: '',
		side: i % 2 ? 'parent' : 'school'
	}));
	p.answers.purpose.why = SENTENCES.arabic;
	p.answers.childVoice.wish = SENTENCES.persian;
	p.answers.picture.hard = SENTENCES.tigrinya;
	p.answers.childVoice.goesWell = SENTENCES.dutch;
	p.answers.childVoice.helps = `${SENTENCES.ukrainian}. ${SENTENCES.turkish}.`;
	const [first] = p.answers.agreements.proposed;
	p.answers.agreements.proposed = [
		{ ...first!, what: SENTENCES.arabic, who: 'فاطمة', howWeSee: SENTENCES.tigrinya }
	];
	return p;
}

export function emptyPreparation(): Preparation {
	return createPreparation({
		childFirstName: 'Zoë',
		meetingType: 'tienminuten',
		meetingDate: '2027-03-05',
		language: 'nl'
	});
}

/** Fields a fill leaves alone: ids, choices, dates and other values with a fixed form. */
const FIXED = new Set([
	'id',
	'role',
	'side',
	'inClass',
	'inFamily',
	'childAttends',
	'type',
	'formatVersion',
	'createdAt',
	'updatedAt',
	'language',
	'secondLanguage',
	'fromProposal',
	'followsUp',
	'byWhen',
	'proposedDate',
	'date',
	'startTime',
	'durationMinutes',
	'minutes',
	'onAgenda',
	'evaluationDate',
	'evaluationTime',
	'from',
	'to'
]);
/** Fields of at most 200 characters. */
const SHORT = new Set([
	'name',
	'roleText',
	'who',
	'title',
	'ageOrGroup',
	'school',
	'place',
	'firstName',
	'whoInvites'
]);

/** Every text field filled with `text` (cut to each field's limit), every list `listLength` long. */
export function filledPreparation(text: string, listLength = 20): Preparation {
	const fill = (value: unknown, key: string): unknown => {
		if (FIXED.has(key)) return value;
		if (typeof value === 'string') return SHORT.has(key) ? text.slice(0, 200) : text;
		if (Array.isArray(value)) return value.map((item) => fill(item, ''));
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k)]));
		}
		return value;
	};
	const filled = fill(example('ayse'), '') as Preparation;
	filled.child.firstName = text.trim().slice(0, 200) || 'Zoë';
	const many = <T extends { id: string }>(items: T[]) =>
		Array.from({ length: listLength }, (_, i) => ({ ...items[i % items.length]!, id: `x${i}` }));
	filled.answers.people.attendees = many(filled.answers.people.attendees);
	filled.concerns = many(filled.concerns).map((c) => ({ ...c, onAgenda: true }));
	filled.questions = many(filled.questions);
	filled.answers.agreements.proposed = many(filled.answers.agreements.proposed).slice(0, 12);
	return filled;
}

export function everyScript(): Preparation {
	const p = example('ayse');
	p.child.firstName = NAMES[0]!;
	p.answers.people.attendees = NAMES.slice(1).map((name, i) => ({
		id: `n${i}`,
		name,
		role: 'other',
		roleText: '',
		side: i % 2 ? 'parent' : 'school'
	}));
	return p;
}
