/**
 * Text boxes that grow with what the parent writes, so that nothing typed hides behind a scroll bar on a
 * phone. CSS `field-sizing: content` does it where the engine knows it; elsewhere this sets the height.
 * A sentence box (a list line, a topic) wraps like a textarea but takes no line breaks, as a one-line field
 * would: its text is printed as one item.
 */
import type { Attachment } from 'svelte/attachments';

export const grow: Attachment<HTMLTextAreaElement> = (box) => {
	if (CSS.supports('field-sizing', 'content')) return;
	const fit = () => {
		box.style.height = 'auto';
		box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
	};
	fit();
	box.addEventListener('input', fit);
	return () => box.removeEventListener('input', fit);
};

/** Enter does not start a new line in a sentence box. */
export function noNewLine(event: KeyboardEvent): void {
	if (event.key === 'Enter') event.preventDefault();
}

/** Pasted line breaks become spaces. */
export function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
