import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { NAMES } from '$lib/test/extremes';
import { pdfText } from '$lib/test/read-back';
import { createCanvas, drawText, FEATURES } from './document';
import { printable } from './text';
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

describe('the text a document gives back', () => {
	it('keeps every letter after an earlier document drew only letters built from it (Ž holds a Z)', async () => {
		// Fonts read afresh: fontkit's glyph objects live as long as the parsed font.
		const fresh = nodeFonts();
		const draw = async (text: string) => {
			const canvas = await createCanvas(fresh, 'nl');
			drawText(canvas, canvas.addPage(), { role: 'P' }, text, { x: 50, y: 700, size: 12 });
			return { bytes: await canvas.save(), readsBack: canvas.readsBack(text, false) };
		};
		await draw('Žaneta Ţuţea Ěmil');
		const later = await draw('Zoë Tim Emil');
		// The glyphs themselves read back right (the font's ToUnicode map), not only the replacement text.
		expect(later.readsBack).toBe(true);
		expect(pdfText(later.bytes).trim()).toBe('Zoë Tim Emil');
	});

	it('gives back as itself every character a document may print, in either weight', async () => {
		const canvas = await createCanvas(fonts, 'nl');
		const covered = new Set(canvas.regular.getCharacterSet());
		const wrong = [...covered].flatMap((code) => {
			const { text } = printable(String.fromCodePoint(code), (c) => covered.has(c));
			const bad = [false, true].filter((bold) => text && !canvas.readsBack(`a${text}b`, bold));
			return bad.length > 0 ? [`U+${code.toString(16).toUpperCase()}`] : [];
		});
		expect(wrong).toEqual([]);
	});
});

describe('Arabic read back', () => {
	it('keeps every letter’s joined forms after an earlier document drew only letters built from them', async () => {
		// Fonts read afresh: fontkit's glyph objects live as long as the parsed font.
		const fresh = nodeFonts();
		const draw = async (text: string) => {
			const canvas = await createCanvas(fresh, 'nl', { scripts: ['arabic'] });
			drawText(canvas, canvas.addPage(), { role: 'P' }, text, { x: 50, y: 700, size: 4 });
			await canvas.save();
			return canvas;
		};
		const joined = (letters: string[]) => letters.flatMap((l) => [`ب${l}ب`, `${l}ب`, `ب${l}`]);
		const all = (await draw('ب')).fonts
			.fontOf('arabic', false)
			.getCharacterSet()
			.map((code) => String.fromCodePoint(code))
			.filter((char) => /\p{L}/u.test(char));
		// Letters of Persian, Urdu and others, some drawn from the glyphs of Arabic's own (ګ holds a ك): the
		// subset asks for those parts as they are, without their letters.
		const BASIC = /[\u0621-\u064a]/u;
		await draw(joined(all.filter((char) => !BASIC.test(char))).join(' '));
		const later = await draw('ب');
		const wrong = joined(all.filter((char) => BASIC.test(char))).filter(
			(form) => !later.fonts.readsBack(form, 'arabic', false)
		);
		expect(wrong).toEqual([]);
	});
});
