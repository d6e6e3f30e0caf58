/**
 * Where the next thing goes on a document of several A4 pages: the current page and the y of the space
 * left on it. `room(height)` starts a new page when the height does not fit, so a document never draws
 * past its bottom margin and every page break is made in one place.
 */
import type { PDFPage } from 'pdf-lib';
import { A4, MARGIN, type Canvas } from './document';

export interface PageCursor {
	readonly page: PDFPage;
	/** The top of the free space on the current page (PDF points, y grows upwards). */
	y: number;
	/** Moves down by `height`. */
	down(height: number): void;
	/** Starts a new page when `height` does not fit below y; true when it did. */
	room(height: number): boolean;
	/** Runs at the top of every new page (a table repeats its header there); undefined once it is done. */
	onNewPage: ((cursor: PageCursor) => void) | undefined;
}

/** `onNewPage` runs on every page after the first, at its top, until it is set to undefined. */
export function pageCursor(canvas: Canvas, onNewPage?: (cursor: PageCursor) => void): PageCursor {
	let page = canvas.addPage();
	const cursor: PageCursor = {
		get page() {
			return page;
		},
		y: A4.height - MARGIN,
		onNewPage,
		down(height) {
			cursor.y -= height;
		},
		room(height) {
			if (cursor.y - height >= MARGIN) return false;
			page = canvas.addPage();
			cursor.y = A4.height - MARGIN;
			cursor.onNewPage?.(cursor);
			return true;
		}
	};
	return cursor;
}
