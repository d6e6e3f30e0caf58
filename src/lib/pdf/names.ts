/** What making a document gives back. */
export interface Made {
	bytes: Uint8Array;
	/** e.g. "ayse-agenda-2026-12-03.pdf". */
	fileName: string;
	/** Labels of the fields whose text had characters the font cannot draw (shown as "�"). */
	replacedIn: string[];
	/** The body text size the layout chose (agenda only). */
	fontSize?: number;
	/** True when text was shortened to fit the page (agenda only). */
	shortened?: boolean;
}
