/**
 * The question registry: every question the app asks, in the app's order (the start form, the details
 * page, the ten steps, the agenda page, after the meeting). Each says where its answer lives, its limits
 * (from the schema) and the documents it is printed on. Pages, check-your-answers, the documents and the
 * worksheet read it; a new question added here reaches them, and the tests that walk this list.
 */
import type { Concern } from '$lib/model/preparation';
import { m } from '$lib/messages';
import { holidays, lookBack, madeAgreements } from './agreements';
import { childName, DETAILS_QUESTIONS, meetingDate, meetingType, preparationName } from './details';
import { dateQuestion, linesQuestion, recordsQuestion, textQuestion, timeQuestion } from './builders';
import type { Field } from './question';
import { STEP_QUESTIONS } from './steps';

/**
 * The parent's topics; the agenda page adds ordering, "on the agenda" and minutes to each. A topic left
 * off the agenda is printed on the parent's own page instead.
 */
export const topics = recordsQuestion<Concern>({
	path: ['concerns'],
	name: 'concerns',
	label: m.agenda_topics_heading,
	hint: m.agenda_topics_hint,
	addLabel: m.agenda_topic_add,
	removeLabel: m.remove,
	itemLabel: (n) => m.agenda_topic_item({ n }),
	fields: [{ kind: 'text', name: 'text', label: m.agenda_topic_text_label }],
	paper: ['agenda']
});

/** The parent's questions for the meeting, asked on the agenda page. */
export const questions = linesQuestion({
	path: ['questions'],
	name: 'questions',
	label: m.field_questions_label,
	hint: m.field_questions_hint,
	example: m.field_questions_example,
	addLabel: m.field_questions_add,
	itemLabel: (n) => m.field_questions_item({ n }),
	paper: ['agenda']
});

export const agreedEvaluationDate = dateQuestion({
	path: ['after', 'evaluationDate'],
	name: 'evaluation-agreed',
	label: m.after_evaluation_label,
	paper: ['sheet']
});

export const agreedEvaluationTime = timeQuestion({
	path: ['after', 'evaluationTime'],
	name: 'evaluation-time',
	label: m.after_evaluation_time_label,
	paper: ['sheet']
});

export const whoInvites = textQuestion({
	path: ['after', 'whoInvites'],
	kind: 'text',
	name: 'evaluation-invites',
	label: m.after_invites_label,
	paper: ['sheet']
});

/** Notes typed at the table, during the meeting; the start of "after the meeting". Only on screen. */
export const tableNotes = textQuestion({
	path: ['after', 'notes'],
	name: 'table-notes',
	label: m.table_notes_label,
	hint: m.table_notes_hint,
	paper: []
});

export { holidays, lookBack, madeAgreements };

/** Every question once, in the order the app asks them. */
export const QUESTIONS: readonly Field[] = [
	childName,
	meetingType,
	meetingDate,
	...DETAILS_QUESTIONS,
	...Object.values(STEP_QUESTIONS)
		.flat()
		.filter((q) => q !== meetingType),
	lookBack,
	topics,
	questions,
	tableNotes,
	madeAgreements,
	agreedEvaluationDate,
	agreedEvaluationTime,
	whoInvites,
	holidays,
	preparationName
];
