/** The three fields that start a preparation, the only required fields in the app, and their checks. */
import { partsToIso, type DateError, type DateParts } from './date-parts';
import { MAX_SHORT, MEETING_TYPES, type MeetingType } from './constants';

export interface StartForm {
	childFirstName: string;
	meetingType: MeetingType | '';
	date: DateParts;
}

export type StartError =
	| { field: 'childFirstName'; code: 'missing' | 'too-long' }
	| { field: 'meetingType'; code: 'missing' }
	| { field: 'date'; code: DateError };

export type StartResult =
	| { ok: true; childFirstName: string; meetingType: MeetingType; meetingDate: string }
	| { ok: false; errors: StartError[] };

export function checkStartForm(form: StartForm): StartResult {
	const errors: StartError[] = [];
	const name = form.childFirstName.trim();
	if (!name) errors.push({ field: 'childFirstName', code: 'missing' });
	else if (name.length > MAX_SHORT) errors.push({ field: 'childFirstName', code: 'too-long' });
	const type = MEETING_TYPES.find((t) => t === form.meetingType);
	if (!type) errors.push({ field: 'meetingType', code: 'missing' });
	const date = partsToIso(form.date);
	if (!date.ok) errors.push({ field: 'date', code: date.error });
	else if (date.iso === '') errors.push({ field: 'date', code: 'missing' });
	if (errors.length > 0 || !type || !date.ok) return { ok: false, errors };
	return { ok: true, childFirstName: name, meetingType: type, meetingDate: date.iso };
}
