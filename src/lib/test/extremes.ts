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
