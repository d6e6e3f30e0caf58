import { describe, expect, it } from 'vitest';
import { fileName, slug } from './file-name';

describe('file names', () => {
	it.each([
		['Ayşe Yılmaz', 'ayse-yilmaz'],
		['Łukasz', 'lukasz'],
		['Nguyễn', 'nguyen'],
		['Đorđe', 'dorde'],
		['Ţepeş', 'tepes'],
		['Jiří', 'jiri'],
		['Guðrún', 'gudrun'],
		['  <script>  ', 'script'],
		['محمد', '']
	])('turns %j into %j', (text, expected) => {
		expect(slug(text)).toBe(expected);
	});

	it('joins child, meeting and date, and never ends up nameless', () => {
		expect(fileName(['Ayşe', 'zorggesprek', '2026-12-03'], 'json')).toBe('ayse-zorggesprek-2026-12-03.json');
		expect(fileName(['محمد', ''], 'json')).toBe('gesprekswijzer.json');
	});
});
