/**
 * The fixed lists and limits of a preparation. Kept apart from the zod schema (preparation.ts) so that
 * pages can use them without loading zod.
 */

/** The format version written into every stored record and file. Raise it together with a migration. */
export const FORMAT_VERSION = 3;

/**
 * The meeting types (the domain notes in docs/, "Meeting types"), in the order the app offers them.
 * `unknown`: the parent does not know yet, or it is none of these; the preparation follows the general flow.
 */
export const MEETING_TYPES = [
	'tienminuten',
	'start',
	'zorg',
	'opp',
	'mdo',
	'evaluatie',
	'overstap',
	'unknown'
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export { LANGUAGES, type Language } from '../i18n/languages';
/*
 * Which paper is in which language travels with the constants: as a module of its own it was one more file
 * (and one more response) in a parent's first visit, whose budget it would break.
 */
export { agendaSecond, offeredSecond, ownPageLanguage, papersFor } from './paper-languages';

/** Roles of the school's people and of those who come with the parent; `other` comes with a free text. */
export const SCHOOL_ROLES = [
	'teacher',
	'ib',
	'director',
	'mentor',
	'care_coordinator',
	'consultant',
	'youth_worker',
	'other'
] as const;
export const PARENT_ROLES = ['partner', 'buddy', 'expert', 'interpreter', 'other'] as const;
export const ROLES = [...SCHOOL_ROLES.filter((r) => r !== 'other'), ...PARENT_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const CHILD_ATTENDANCE = ['unknown', 'whole', 'part', 'paper', 'no'] as const;
export type ChildAttendance = (typeof CHILD_ATTENDANCE)[number];
export const FEASIBLE = ['unknown', 'yes', 'partly', 'no'] as const;
export type Feasible = (typeof FEASIBLE)[number];

/** Longest answer a field takes: far beyond what a parent types, small enough to keep storage healthy. */
export const MAX_TEXT = 20_000;
export const MAX_SHORT = 200;
export const MAX_ITEMS = 50;
/** A meeting lasts at least 5 minutes and at most a working day. */
export const MIN_DURATION = 5;
export const MAX_DURATION = 480;

/** How an earlier agreement went, and what to do with it now (the look-back of a follow-up meeting). */
export const LOOK_BACK_STATUS = ['unknown', 'done', 'working', 'not-working'] as const;
export const LOOK_BACK_DECISION = ['unknown', 'keep', 'change', 'stop'] as const;
export type LookBackStatus = (typeof LOOK_BACK_STATUS)[number];
export type LookBackDecision = (typeof LOOK_BACK_DECISION)[number];
