/**
 * The preparation: one meeting that a parent prepares. This zod schema is the single source of truth for
 * what the app stores, what an export file holds and what schemas/preparation.schema.json says.
 * Types are inferred from it; nothing here knows about the browser.
 */
// zod/mini: the same schema engine as zod 4 with a tree-shakable API, so the start page stays light.
import * as z from 'zod/mini';
import {
	CHILD_ATTENDANCE,
	FEASIBLE,
	FORMAT_VERSION,
	LANGUAGES,
	LOOK_BACK_DECISION,
	LOOK_BACK_STATUS,
	MAX_ITEMS,
	MAX_SHORT,
	MAX_DURATION,
	MAX_TEXT,
	MEETING_TYPES,
	MIN_DURATION,
	ROLES
} from './constants';

export * from './constants';

const text = (max = MAX_TEXT) => z._default(z.string().check(z.maxLength(max)), '');
/** Items are keyed by id in lists on screen, so a list with an id twice is not a valid preparation. */
const uniqueIds = (items: unknown[]) =>
	new Set(items.map((item) => (item as { id: string }).id)).size === items.length;
const list = <T extends z.ZodMiniType>(item: T, max = MAX_ITEMS) =>
	z._default(z.array(item).check(z.maxLength(max), z.refine(uniqueIds)), []);
/** A group of answers; every field has a default, so an absent group reads as an empty one. */
const group = <T extends Record<string, z.ZodMiniType>>(shape: T) =>
	z.prefault(z.object(shape), {} as z.input<z.ZodMiniObject<T>>);
/** A calendar date (yyyy-mm-dd) that may be left empty. */
const optionalDate = () => z._default(z.union([z.iso.date(), z.literal('')]), '');

export const idSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** A line in a short list (outcomes, strengths, questions): its own id keeps editing stable. */
export const lineSchema = z.object({ id: idSchema, text: text() });

export const attendeeSchema = z.object({
	id: idSchema,
	name: text(MAX_SHORT),
	role: z._default(z.enum(ROLES), 'other'),
	roleText: text(MAX_SHORT),
	/** `parent`: comes with the parent; `school`: invited by the school. */
	side: z.enum(['parent', 'school'])
});

export const concernSchema = z.object({
	id: idSchema,
	text: text(),
	onAgenda: z._default(z.boolean(), true),
	/** Minutes the parent set by hand; null means "use the suggestion". */
	minutes: z._default(z.nullable(z.int().check(z.gte(0), z.lte(480))), null)
});

export const feasibilityItemSchema = z.object({
	id: idSchema,
	wish: text(),
	inClass: z._default(z.enum(FEASIBLE), 'unknown'),
	inFamily: z._default(z.enum(FEASIBLE), 'unknown'),
	teacherNeeds: text(),
	weNeed: text(),
	firstStep: text()
});

export const agreementSchema = z.object({
	id: idSchema,
	what: text(),
	who: text(MAX_SHORT),
	byWhen: optionalDate(),
	howWeSee: text(),
	note: text(),
	/** The proposal this agreement grew from, if any. */
	fromProposal: z._default(z.union([idSchema, z.literal('')]), '')
});

/** A school holiday the parent marked, so that no deadline or evaluation falls in it. */
export const holidaySchema = z.object({
	id: idSchema,
	name: text(MAX_SHORT),
	from: z.iso.date(),
	to: z.iso.date()
});

/** An agreement of the meeting this one follows up, to look back on first. */
export const lookBackSchema = z.object({
	id: idSchema,
	agreement: text(),
	who: text(MAX_SHORT),
	byWhen: optionalDate(),
	status: z._default(z.enum(LOOK_BACK_STATUS), 'unknown'),
	decision: z._default(z.enum(LOOK_BACK_DECISION), 'unknown'),
	note: text()
});

export const meetingSchema = z.object({
	type: z.enum(MEETING_TYPES),
	date: z.iso.date(),
	startTime: z._default(z.union([z.iso.time({ precision: -1 }), z.literal('')]), ''),
	durationMinutes: z._default(z.int().check(z.gte(MIN_DURATION), z.lte(MAX_DURATION)), 30),
	place: text(MAX_SHORT),
	note: text()
});

export const childSchema = z.object({
	firstName: z.string().check(z.minLength(1), z.maxLength(MAX_SHORT)),
	ageOrGroup: text(MAX_SHORT),
	school: text(MAX_SHORT)
});

/** The answers to the ten attention points, one group per step, keyed as in src/lib/steps. */
export const answersSchema = z.object({
	purpose: group({ why: text(), outcomes: list(lineSchema, 3) }),
	people: group({
		attendees: list(attendeeSchema),
		childAttends: z._default(z.enum(CHILD_ATTENDANCE), 'unknown')
	}),
	goesWell: group({ strengths: list(lineSchema), atHome: text(), atSchool: text(), appreciate: text() }),
	picture: group({ hard: text(), examples: text(), needsToLearn: text(), needsToFeelWell: text() }),
	homeSchool: group({ seeAtHome: text(), worksAtHome: text(), wantToKnow: text() }),
	childVoice: group({ goesWell: text(), hard: text(), helps: text(), wish: text() }),
	expectations: group({ ofSchool: text(), ofUs: text(), mayDiffer: text() }),
	feasibility: group({ items: list(feasibilityItemSchema) }),
	agreements: group({ proposed: list(agreementSchema) }),
	evaluation: group({
		proposedDate: optionalDate(),
		whoWritesRecord: text(),
		ifNotKept: text(),
		keepCalm: text()
	})
});

export const preparationSchema = z.object({
	formatVersion: z.literal(FORMAT_VERSION),
	id: idSchema,
	/** A name the parent gave this preparation; empty means "use child, meeting type and date". */
	title: text(MAX_SHORT),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true }),
	/** The language of the papers: the agenda and the agreement sheet, which the school reads too. */
	language: z._default(z.enum(LANGUAGES), 'nl'),
	/**
	 * The parent's own language when the papers are in another (src/lib/model/paper-languages.ts): the
	 * agenda says its fixed words in it too, and the parent's own page is in it. Empty: one language.
	 */
	secondLanguage: z._default(z.union([z.enum(LANGUAGES), z.literal('')]), ''),
	meeting: meetingSchema,
	child: childSchema,
	answers: z.prefault(answersSchema, {}),
	/** The parent's worries in order of priority (first is most important). */
	concerns: list(concernSchema),
	questions: list(lineSchema),
	/** The agreements actually made at the meeting (filled in afterwards). */
	agreementsMade: list(agreementSchema),
	/** What was settled about the follow-up at the meeting. */
	after: group({
		evaluationDate: optionalDate(),
		/** hh:mm, or empty when the time is not known yet. */
		evaluationTime: z._default(z.union([z.iso.time({ precision: -1 }), z.literal('')]), ''),
		whoInvites: text(MAX_SHORT),
		/** What the parent typed at the table, during the meeting; where "after the meeting" starts. */
		notes: text()
	}),
	schoolHolidays: list(holidaySchema, 20),
	/** The earlier agreements this meeting looks back on (set when it follows up another preparation). */
	lookBack: list(lookBackSchema),
	/** The id of the preparation this one follows up, or empty. */
	followsUp: z._default(z.union([idSchema, z.literal('')]), '')
});

export type Preparation = z.infer<typeof preparationSchema>;
export type PreparationInput = z.input<typeof preparationSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type Concern = z.infer<typeof concernSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Holiday = z.infer<typeof holidaySchema>;
export type LookBack = z.infer<typeof lookBackSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Answers = z.infer<typeof answersSchema>;
