/** Export of one preparation as a .json file named after child, meeting type and date. */
import { meetingTypeForFile } from '$lib/i18n/labels';
import { writePreparation } from '$lib/model/file';
import { fileName } from '$lib/model/file-name';
import type { Preparation } from '$lib/model/preparation';
import { browserStore } from './browser';
import { download } from '$lib/device/download';

export function exportFileName(prep: Preparation): string {
	return fileName([prep.child.firstName, meetingTypeForFile(prep.meeting.type), prep.meeting.date], 'json');
}

/** Saves the preparation as a file and remembers that this version has a backup. */
export function exportPreparation(prep: Preparation): string {
	const name = exportFileName(prep);
	download(name, writePreparation(prep), 'application/json');
	browserStore().store.markBackedUp(prep);
	return name;
}
