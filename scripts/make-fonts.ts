// Cuts Noto Sans (SIL Open Font License) down to the scripts our documents print and writes the result to
// src/lib/pdf/fonts/. Run with "npm run fonts" after changing RANGES; the output is committed, so building
// the app needs neither the full font nor the subsetter.
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

/** Latin with all its extensions (Turkish, Polish, Czech, Romanian, Icelandic, Croatian, Vietnamese),
 * combining marks, Greek, Cyrillic (Ukrainian, Russian, Serbian), punctuation, currency, arrows, shapes. */
const RANGES: [number, number][] = [
	[0x0020, 0x024f],
	[0x0250, 0x02ff],
	[0x0300, 0x036f],
	[0x0370, 0x03ff],
	[0x0400, 0x052f],
	[0x1e00, 0x1eff],
	[0x2000, 0x206f],
	[0x20a0, 0x20cf],
	[0x2100, 0x214f],
	[0x2190, 0x21ff],
	[0x2200, 0x22ff],
	[0x25a0, 0x25ff],
	[0xfffd, 0xfffd]
];

const text = RANGES.flatMap(([from, to]) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))
).join('');

for (const [weight, out] of [
	['400Regular/NotoSans_400Regular.ttf', 'NotoSans-Regular.ttf'],
	['700Bold/NotoSans_700Bold.ttf', 'NotoSans-Bold.ttf']
] as const) {
	const full = readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}`);
	// No GPOS (glyph positioning, 28 % of the file): pdf-lib places glyphs by their advance widths only.
	const subset = await subsetFont(full, text, { targetFormat: 'truetype', dropTables: ['GPOS'] });
	writeFileSync(`src/lib/pdf/fonts/${out}`, subset);
	console.log(`${out}: ${full.length} → ${subset.length} bytes`);
}
