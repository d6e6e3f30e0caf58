/**
 * Handing a file or a text to the device's own share sheet (Web Share API), where the device has one.
 * The app itself never uploads anything: the parent picks the app or person to share with. Where sharing is
 * not there, pages offer download and copy instead.
 */
export type ShareResult = 'shared' | 'cancelled' | 'failed';

/** True when this device can share a PDF file (most phones; few desktop browsers). */
export function canShareFiles(): boolean {
	try {
		const probe = new File([''], 'probe.pdf', { type: 'application/pdf' });
		return typeof navigator.share === 'function' && navigator.canShare?.({ files: [probe] }) === true;
	} catch {
		return false;
	}
}

export function canShareText(): boolean {
	return typeof navigator.share === 'function';
}

export function shareFile(name: string, bytes: BlobPart, type: string, title: string): Promise<ShareResult> {
	return share({ title, files: [new File([bytes], name, { type })] });
}

export function shareText(title: string, text: string): Promise<ShareResult> {
	return share({ title, text });
}

async function share(data: ShareData): Promise<ShareResult> {
	try {
		await navigator.share(data);
		return 'shared';
	} catch (error) {
		// The parent closed the share sheet: nothing went wrong.
		return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
	}
}
