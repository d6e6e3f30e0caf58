/** File names for what the parent downloads: readable, safe on every system, no accents needed. */

const SPECIAL: Readonly<Record<string, string>> = {
	ı: 'i',
	ł: 'l',
	Ł: 'l',
	đ: 'd',
	Đ: 'd',
	ø: 'o',
	ß: 'ss',
	æ: 'ae',
	þ: 'th',
	ð: 'd'
};

/** "Ayşe Yılmaz" → "ayse-yilmaz". */
export function slug(text: string): string {
	return [...text.normalize('NFKD')]
		.map((c) => SPECIAL[c] ?? c)
		.join('')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
}

/**
 * e.g. fileName(['Ayşe', 'zorggesprek', '2026-12-03'], 'json') → "ayse-zorggesprek-2026-12-03.json". A part
 * given as a list is the first of its texts that gives a name: [child, meeting type] names a child called
 * محمد or ሰላም (no Latin letters, so no name here) by the meeting: "zorggesprek-agenda-2026-12-03.pdf".
 */
export function fileName(parts: readonly (string | readonly string[])[], extension: string): string {
	const named = parts.map((part) => (typeof part === 'string' ? [part] : part).map(slug).find(Boolean) ?? '');
	const base = named.filter(Boolean).join('-') || 'gesprekswijzer';
	return `${base}.${extension}`;
}
