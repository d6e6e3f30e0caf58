import { describe, expect, it } from 'vitest';
import { oneLine } from './grow';

describe('oneLine', () => {
	it('turns pasted line breaks into single spaces and leaves other text as typed', () => {
		expect(oneLine('Lezen\r\n  en\n\nrekenen')).toBe('Lezen en rekenen');
		expect(oneLine('  twee  spaties ')).toBe('  twee  spaties ');
	});
});
