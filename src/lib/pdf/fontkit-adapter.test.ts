import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { NAMES } from '$lib/test/extremes';
import { FEATURES } from './document';
import { fontkitAdapter } from './fontkit-adapter';
import { nodeFonts } from './fonts-node';

const fonts = nodeFonts();

const LINES = [
	...NAMES,
	NAMES.join(' '),
	'Afspraak: Ayşe oefent twee keer per week 15 minuten lezen, officieel – “fijn”, ½ uur… €12,50',
	'  two  spaces, a trailing one ',
	'Ελλάδα Привет Þór ǅ ﬁ ffi ﬂ 1/2 3⁄4',
	''
];

describe('the fontkit adapter', () => {
	it.each(['regular', 'bold'] as const)(
		'shapes a line word by word into exactly the glyphs fontkit gives the whole line (%s)',
		(weight) => {
			const adapted = (fontkitAdapter as unknown as { create(data: Uint8Array): fontkit.Font }).create(
				fonts[weight]
			);
			const plain = fontkit.create(fonts[weight] as Parameters<typeof fontkit.create>[0]) as fontkit.Font;
			for (const line of LINES) {
				const ids = (font: fontkit.Font) => font.layout(line, FEATURES).glyphs.map((glyph) => glyph.id);
				// Twice: the second time every word comes from the cache.
				expect(ids(adapted), line).toEqual(ids(plain));
				expect(ids(adapted), line).toEqual(ids(plain));
			}
		}
	);
});
