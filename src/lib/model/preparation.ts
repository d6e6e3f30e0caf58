/**
 * The preparation: one meeting that a parent prepares. This zod schema is the single source of truth for
 * what the app stores, what an export file holds and what schemas/preparation.schema.json says.
 * Types are inferred from it; nothing here knows about the browser.
 */
import { z } from 'zod';

/** The format version written into every stored record and file. Raise it together with a migration. */
export const FORMAT_VERSION = 1;

/** The meeting types of domain.md, in the order the app offers them. */
export const MEETING_TYPES = ['tienminuten', 'start', 'zorg', 'opp', 'mdo', 'evaluatie', 'overstap'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Roles of the people at the table; `other` comes with a free text. */
export const ROLES = [
	'teacher',
	'ib',
	'director',
	'mentor',
	'care_coordinator',
	'consultant',
	'youth_worker',
	'partner',
	'buddy',
	'expert',
	'interpreter',
	'other'
] as const;

export const CHILD_ATTENDANCE = ['unknown', 'whole', 'part', 'paper', 'no'] as const;
export const FEASIBLE = ['unknown', 'yes', 'partly', 'no'] as const;

/** Longest answer a field takes: far beyond what a parent types, small enough to keep storage healthy. */
export const MAX_TEXT = 20_000;
export const MAX_SHORT = 200;
export const MAX_ITEMS = 50;

const text = (max = MAX_TEXT) => z.string().max(max).default('');
const list = <T extends z.ZodType>(item: T, max = MAX_ITEMS) => z.array(item).max(max).default([]);
/** A group of answers; every field has a default, so an absent group reads as an empty one. */
const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape).prefault({} as z.input<z.ZodObject<T>>);
/** A calendar date (yyyy-mm-dd) that may be left empty. */
const optionalDate = () => z.union([z.iso.date(), z.literal('')]).default('');

export const idSchema = z
	.string()
	.min(1)
	.max(64)
	.regex(/^[A-Za-z0-9_-]+$/);

/** A line in a short list (outcomes, strengths, questions): its own id keeps editing stable. */
export const lineSchema = z.object({ id: idSchema, text: text() });

export const attendeeSchema = z.object({
	id: idSchema,
	name: text(MAX_SHORT),
	role: z.enum(ROLES).default('other'),
	roleText: text(MAX_SHORT),
	/** `parent`: comes with the parent; `school`: invited by the school. */
	side: z.enum(['parent', 'school'])
});

export const concernSchema = z.object({
	id: idSchema,
	text: text(),
	onAgenda: z.boolean().default(true),
	/** Minutes the parent set by hand; null means "use the suggestion". */
	minutes: z.int().min(0).max(480).nullable().default(null)
});

export const feasibilityItemSchema = z.object({
	id: idSchema,
	wish: text(),
	inClass: z.enum(FEASIBLE).default('unknown'),
	inFamily: z.enum(FEASIBLE).default('unknown'),
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
	fromProposal: z.union([idSchema, z.literal('')]).default('')
});

export const meetingSchema = z.object({
	type: z.enum(MEETING_TYPES),
	date: z.iso.date(),
	startTime: z.union([z.iso.time({ precision: -1 }), z.literal('')]).default(''),
	durationMinutes: z.int().min(5).max(480).default(30),
	place: text(MAX_SHORT),
	note: text()
});

export const childSchema = z.object({
	firstName: z.string().min(1).max(MAX_SHORT),
	ageOrGroup: text(MAX_SHORT),
	school: text(MAX_SHORT)
});

/** The answers to the ten attention points, one group per step, keyed as in src/lib/steps. */
export const answersSchema = z.object({
	purpose: group({ why: text(), outcomes: list(lineSchema, 3) }),
	people: group({
		attendees: list(attendeeSchema),
		childAttends: z.enum(CHILD_ATTENDANCE).default('unknown')
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
	language: z.enum(LANGUAGES).default('nl'),
	meeting: meetingSchema,
	child: childSchema,
	answers: answersSchema.prefault({}),
	/** The parent's worries in order of priority (first is most important). */
	concerns: list(concernSchema),
	questions: list(lineSchema),
	/** The agreements actually made at the meeting (filled in afterwards). */
	agreementsMade: list(agreementSchema),
	/** The id of the preparation this one follows up, or empty. */
	followsUp: z.union([idSchema, z.literal('')]).default('')
});

export type Preparation = z.infer<typeof preparationSchema>;
export type PreparationInput = z.input<typeof preparationSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Attendee = z.infer<typeof attendeeSchema>;
export type Concern = z.infer<typeof concernSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Answers = z.infer<typeof answersSchema>;
