/** Making new preparations: from the start form, as a copy, or as a "keep both" import. */
import {
	FORMAT_VERSION,
	preparationSchema,
	type Language,
	type MeetingType,
	type Preparation
} from './preparation';

/** How long each meeting type usually takes, in minutes; the parent can change it. */
export const USUAL_DURATION: Readonly<Record<MeetingType, number>> = {
	tienminuten: 10,
	start: 30,
	zorg: 45,
	opp: 60,
	mdo: 60,
	evaluatie: 45,
	overstap: 45,
	unknown: 45
};

/** The current moment as an ISO timestamp, as stored in createdAt and updatedAt. */
export function nowIso(): string {
	return new Date().toISOString();
}

export function newId(): string {
	return crypto.randomUUID();
}

export interface StartFields {
	childFirstName: string;
	meetingType: MeetingType;
	meetingDate: string;
	language: Language;
	/** The agenda's second language and the parent's own page's (paper-languages.ts); none by default. */
	secondLanguage?: Language | '';
}

export function createPreparation(start: StartFields, now: Date = new Date()): Preparation {
	const stamp = now.toISOString();
	return preparationSchema.parse({
		formatVersion: FORMAT_VERSION,
		id: newId(),
		createdAt: stamp,
		updatedAt: stamp,
		language: start.language,
		secondLanguage: start.secondLanguage,
		meeting: {
			type: start.meetingType,
			date: start.meetingDate,
			durationMinutes: USUAL_DURATION[start.meetingType]
		},
		child: { firstName: start.childFirstName.trim() }
	});
}

/** A copy with a new id and fresh timestamps; `title` names the copy. */
export function copyPreparation(source: Preparation, title: string, now: Date = new Date()): Preparation {
	const stamp = now.toISOString();
	return { ...structuredClone(source), id: newId(), title, createdAt: stamp, updatedAt: stamp };
}
