// Writes the corpus of hostile import files (e2e/hostile-files/) and what the app must make of each
// (expected.json): a read error code, or "imported" for files that are valid preparations carrying hostile
// text, or "same-id" for a preparation that is already stored. Also writes e2e/hostile-text/: valid
// preparations with hostile text in every field. Run: npm run hostile-files
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { filledPreparation } from '../src/lib/test/extremes';

const dir = new URL('../e2e/hostile-files/', import.meta.url);
const base = JSON.parse(readFileSync(new URL('../examples/ayse-zorggesprek.json', import.meta.url), 'utf8'));
/** A valid preparation under a new id, changed by `change` (which may break its types on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const variant = (id: string, change: (p: Record<string, any>) => void = () => {}) => {
	const p = structuredClone(base);
	p.id = id;
	change(p);
	return JSON.stringify(p, null, 2);
};
const without = (key: string) => variant(`zonder-${key}`, (p) => delete p[key]);
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

type Expected =
	| 'empty'
	| 'too-large'
	| 'not-json'
	| 'not-preparation'
	| 'newer-version'
	| 'too-long'
	| 'imported'
	| 'same-id';
const files: Record<string, [string | Uint8Array, Expected]> = {
	'not-json-plain-text.json': ['Dit is geen JSON maar een boodschappenlijst.', 'not-json'],
	'not-json-html.json': ['<html><body><script>window.__pwned = 1</script></body></html>', 'not-json'],
	'not-json-png-bytes.json': [
		new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
		'not-json'
	],
	'not-json-gzip.json': [gzipSync(JSON.stringify(base)), 'not-json'],
	'not-json-utf16.json': [Buffer.from('\ufeff' + JSON.stringify(base), 'utf16le'), 'not-json'],
	'not-json-comments.json': ['// export\n' + JSON.stringify(base), 'not-json'],
	'not-json-trailing-comma.json': [JSON.stringify(base).replace(/}$/, ',}'), 'not-json'],
	'not-json-single-quotes.json': ["{'formatVersion': 1, 'id': 'x'}", 'not-json'],
	'not-json-nan.json': [
		JSON.stringify(base)
			.replace('"durationMinutes": 45', '"durationMinutes": NaN')
			.replace('"durationMinutes":45', '"durationMinutes":NaN'),
		'not-json'
	],
	'not-json-js-module.json': ['export default ' + JSON.stringify(base), 'not-json'],
	'truncated-half.json': [JSON.stringify(base, null, 2).slice(0, 900), 'not-json'],
	'truncated-in-string.json': ['{"formatVersion": 1, "id": "voorbeeld-ayse-zorg', 'not-json'],
	'empty.json': ['', 'empty'],
	'only-whitespace.json': [' \n\t\r\n ', 'empty'],
	'only-bom.json': ['\ufeff', 'empty'],
	'null.json': ['null', 'not-preparation'],
	'array.json': ['[]', 'not-preparation'],
	'number.json': ['42', 'not-preparation'],
	'string.json': ['"voorbereiding"', 'not-preparation'],
	'empty-object.json': ['{}', 'not-preparation'],
	'wrong-type-id-number.json': [variant('x', (p) => (p.id = 12345)), 'not-preparation'],
	'wrong-type-answers-string.json': [
		variant('answers-string', (p) => (p.answers = 'veel')),
		'not-preparation'
	],
	'wrong-type-attendees-object.json': [
		variant('attendees-object', (p) => (p.answers.people.attendees = { a: 1 })),
		'not-preparation'
	],
	'wrong-type-date-number.json': [
		variant('date-number', (p) => (p.meeting.date = 20261203)),
		'not-preparation'
	],
	'wrong-type-duration-string.json': [
		variant('duration-string', (p) => (p.meeting.durationMinutes = '45 minuten')),
		'not-preparation'
	],
	'missing-child.json': [without('child'), 'not-preparation'],
	'missing-meeting.json': [without('meeting'), 'not-preparation'],
	'missing-id.json': [without('id'), 'not-preparation'],
	'missing-format-version.json': [without('formatVersion'), 'not-preparation'],
	'newer-version.json': [variant('nieuwer', (p) => (p.formatVersion = 7)), 'newer-version'],
	'version-as-string.json': [variant('versie-tekst', (p) => (p.formatVersion = '1')), 'not-preparation'],
	'version-negative.json': [variant('versie-negatief', (p) => (p.formatVersion = -1)), 'not-preparation'],
	'too-large-20mb.json': [
		variant('groot', (p) => (p.answers.picture.hard = 'a'.repeat(20 * 1024 * 1024))),
		'too-large'
	],
	'too-large-just-over-limit.json': [
		JSON.stringify({ formatVersion: 1, pad: 'b'.repeat(2 * 1024 * 1024) }),
		'too-large'
	],
	'deep-10000-arrays.json': [deep(10_000), 'not-preparation'],
	'deep-10000-in-a-field.json': [
		JSON.stringify(base).replace('"concerns":', `"extra": ${deepObject(10_000)}, "concerns":`),
		'not-preparation'
	],
	'invalid-date-feb-30.json': [
		variant('30-februari', (p) => (p.meeting.date = '2026-02-30')),
		'not-preparation'
	],
	'impossible-date-month-13.json': [
		variant('maand-13', (p) => (p.meeting.date = '2026-13-45')),
		'not-preparation'
	],
	'date-in-words.json': [
		variant('datum-woorden', (p) => (p.meeting.date = 'volgende week dinsdag')),
		'not-preparation'
	],
	'invalid-timestamp.json': [variant('tijdstip', (p) => (p.createdAt = 'gisteren')), 'not-preparation'],
	'duplicate-concern-ids.json': [
		variant('dubbele-ids', (p) => (p.concerns = [{ ...p.concerns[0] }, { ...p.concerns[0] }])),
		'not-preparation'
	],
	'id-with-path.json': [variant('x', (p) => (p.id = '../../etc/passwd')), 'not-preparation'],
	'id-too-long.json': [variant('x', (p) => (p.id = 'a'.repeat(500))), 'not-preparation'],
	// An answer over its limit is shown whole and may be opened cut; an id over its limit (above) may not.
	'answer-too-long.json': [
		variant('te-lang', (p) => (p.answers.people.attendees[0].name = 'Łucja '.repeat(50))),
		'too-long'
	],
	'proto-key.json': ['{"__proto__": {"polluted": "yes"}, ' + variant('proto').slice(1), 'imported'],
	'constructor-key.json': [
		'{"constructor": {"prototype": {"polluted": "yes"}}, ' + variant('constructor').slice(1),
		'imported'
	],
	'proto-in-answers.json': [
		variant('proto-antwoorden').replace('"answers": {', '"answers": {"__proto__": {"polluted": "yes"}, '),
		'imported'
	],
	'html-and-script-in-text.json': [
		variant('html-tekst', (p) => {
			p.child.firstName = '<img src=x onerror="window.__pwned=1">';
			p.answers.picture.hard = '<script>window.__pwned = 1</script><b>vet</b>';
			p.questions[0].text = '"><svg onload=window.__pwned=1>';
		}),
		'imported'
	],
	'rtl-override-and-zero-width.json': [
		variant('rtl', (p) => {
			p.child.firstName = 'Ay\u202eşe\u202c\u200b';
			p.answers.goesWell.atHome = 'Leest\u200d graag\ufeff \u2066strips\u2069 \u202ethgirw\u202c';
		}),
		'imported'
	],
	'control-characters.json': [
		variant('controle', (p) => (p.answers.picture.hard = 'a\u0000b\u0007c\u001bd\u0008e')),
		'imported'
	],
	'lone-surrogates.json': [
		variant('surrogaat', (p) => (p.answers.childVoice.wish = 'puppy \ud83d en \udc36')),
		'imported'
	],
	'unknown-fields-everywhere.json': [
		variant('extra-velden', (p) => Object.assign(p, { tracking: 'x', answers: { ...p.answers, extra: 1 } })),
		'imported'
	],
	'same-id-as-stored.json': [JSON.stringify(base, null, 2), 'same-id']
};

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const expected: Record<string, Expected> = {};
for (const [name, [content, outcome]] of Object.entries(files)) {
	writeFileSync(new URL(name, dir), content);
	expected[name] = outcome;
}
writeFileSync(new URL('expected.json', dir), JSON.stringify(expected, null, '\t') + '\n');
console.log(`${readdirSync(dir).length - 1} files in e2e/hostile-files/`);

/** Text that must stay text: markup and script, very long answers and words, and every kind of character. */
const HOSTILE_TEXT: Record<string, string> = {
	markup: `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1"> </textarea><b>vet</b> & "aanhalingstekens" {@html x} \${1} <!-- -->`,
	long: 'Dit is een heel lang antwoord van een ouder die veel kwijt wil. '.repeat(160).slice(0, 10_000),
	characters: `contr\u0007ole\u001b tekens, e\u0301\u0308 combinerend, Ayşe Łukasz Nguyễn Олена مرحبا 你好 😀👩‍👧 \u202eomgekeerd\u202c nul\u200bbreed ${'a'.repeat(200)}`
};
const textDir = new URL('../e2e/hostile-text/', import.meta.url);
rmSync(textDir, { recursive: true, force: true });
mkdirSync(textDir, { recursive: true });
for (const [name, text] of Object.entries(HOSTILE_TEXT)) {
	const prep = filledPreparation(text, 12);
	prep.id = `vijandig-${name}`;
	writeFileSync(new URL(`${name}.json`, textDir), JSON.stringify(prep, null, 2) + '\n');
}
console.log(`${Object.keys(HOSTILE_TEXT).length} files in e2e/hostile-text/`);
