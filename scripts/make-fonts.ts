// Cuts the Noto fonts (SIL Open Font License) down to the scripts our documents print and writes the result
// to src/lib/pdf/fonts/. Run with "npm run fonts" after changing a font's ranges; the output is committed, so
// building the app needs neither the full fonts nor the subsetter. Noto Sans comes from npm; Noto Sans Arabic
// and Noto Sans Ethiopic from Debian's fonts-noto-core ("apt-get install fonts-noto-core"), which no static
// npm package has for Ethiopic.
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { SCRIPT_RANGES } from '$lib/pdf/scripts';

type Ranges = readonly (readonly [number, number])[];

/** Latin with all its extensions (Turkish, Polish, Czech, Romanian, Icelandic, Croatian, Vietnamese),
 * combining marks, Greek, Cyrillic (Ukrainian, Russian, Serbian), punctuation, currency, arrows, shapes. */
const LATIN: Ranges = [
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

/**
 * The script fonts are cut to the ranges the documents draw them for (src/lib/pdf/scripts.ts): Arabic with
 * Persian's zero-width non-joiner, and Ethiopic. Not Arabic's presentation forms: text.ts turns them into
 * the letters they stand for, and a glyph first met as one would be copied back as it.
 */
const { arabic: ARABIC, ethiopic: ETHIOPIC } = SCRIPT_RANGES;

/** How a font is cut. Noto Sans keeps what it had when it was first cut (it is in every first visit). */
interface Cut {
	ranges: Ranges;
	/**
	 * The script fonts keep only the substitutions fontkit needs to join letters (the Arabic forms and
	 * the required ligatures; Ethiopic's contextual forms) and drop hinting, which a PDF viewer does not
	 * need: the Arabic font's two weights go from 126 KB to 58 KB gzipped.
	 */
	slim?: { keepFeatures: string[] };
}

const ARABIC_CUT: Cut = { ranges: ARABIC, slim: { keepFeatures: ['isol', 'init', 'medi', 'fina', 'rlig'] } };
const ETHIOPIC_CUT: Cut = { ranges: ETHIOPIC, slim: { keepFeatures: ['calt'] } };

const NOTO_SANS = 'node_modules/@expo-google-fonts/noto-sans';
const DEBIAN = '/usr/share/fonts/truetype/noto';

const FONTS: [from: string, out: string, cut: Cut][] = [
	[`${NOTO_SANS}/400Regular/NotoSans_400Regular.ttf`, 'NotoSans-Regular.ttf', { ranges: LATIN }],
	[`${NOTO_SANS}/700Bold/NotoSans_700Bold.ttf`, 'NotoSans-Bold.ttf', { ranges: LATIN }],
	...(['Regular', 'Bold'] as const).flatMap((weight) => [
		[`${DEBIAN}/NotoSansArabic-${weight}.ttf`, `NotoSansArabic-${weight}.ttf`, ARABIC_CUT] as const,
		[`${DEBIAN}/NotoSansEthiopic-${weight}.ttf`, `NotoSansEthiopic-${weight}.ttf`, ETHIOPIC_CUT] as const
	])
];

const characters = (ranges: Ranges) =>
	ranges
		.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
		.join('');

for (const [from, out, { ranges, slim }] of FONTS) {
	const full = readFileSync(from);
	// No GPOS (glyph positioning, 28 % of Noto Sans): pdf-lib places glyphs by their advance widths only.
	const subset = await subsetFont(full, characters(ranges), {
		targetFormat: 'truetype',
		dropTables: ['GPOS'],
		...(slim && { keepFeatures: slim.keepFeatures, noHinting: true })
	});
	writeFileSync(`src/lib/pdf/fonts/${out}`, subset);
	console.log(`${out}: ${full.length} → ${subset.length} bytes`);
}
