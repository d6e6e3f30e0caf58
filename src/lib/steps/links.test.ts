import { describe, expect, it } from 'vitest';
import { backToCheckHref, changeHref, checkRowId, stepHref } from './links';

describe('a change made from check-your-answers', () => {
	it('leads to the question and back to the same answer on the check page', () => {
		const change = new URL(changeHref(stepHref('p1', 4), 'picture-hard'), 'https://x.test');
		expect(change.pathname).toBe('/p/p1/stap/4');
		expect(change.hash).toBe('#picture-hard');
		expect(backToCheckHref('p1', change)).toBe(`/p/p1/controleren#${checkRowId('picture-hard')}`);
	});

	it('leads nowhere special when the parent did not come from the check page', () => {
		expect(backToCheckHref('p1', new URL('https://x.test/p/p1/stap/4#picture-hard'))).toBeNull();
	});
});
