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
		expect(fileName(['محمد', 'zorggesprek', '2026-12-03'], 'json')).toBe('zorggesprek-2026-12-03.json');
		expect(fileName(['محمد', ''], 'json')).toBe('gesprekswijzer.json');
	});

	it.each([
		['محمد', 'zorggesprek-agenda-2026-12-03.pdf'],
		['ሰላም', 'zorggesprek-agenda-2026-12-03.pdf'],
		['زهرا', 'zorggesprek-agenda-2026-12-03.pdf'],
		['你好', 'zorggesprek-agenda-2026-12-03.pdf'],
		['Олена', 'zorggesprek-agenda-2026-12-03.pdf'],
		['Ayşe', 'ayse-agenda-2026-12-03.pdf']
	])(
		'names a document of a child called %s by the meeting when the name has no Latin letters',
		(child, name) => {
			expect(fileName([[child, 'zorggesprek'], 'agenda', '2026-12-03'], 'pdf')).toBe(name);
		}
	);
});
