/**
 * Upstream fontkit 2 for pdf-lib. pdf-lib was written against @pdf-lib/fontkit, a stale fork that draws
 * blank glyphs for some fonts without any error (tech-notes.md). fontkit 2 subsets correctly, but its subset
 * offers `encode()` (bytes) where pdf-lib calls `encodeStream()` (data/end events); this adapter bridges that.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

type Subset = ReturnType<fontkit.Font['createSubset']>;

function encodeStream(subset: Subset) {
	const handlers: Record<string, (value?: unknown) => void> = {};
	const stream = {
		on(event: string, handler: (value?: unknown) => void) {
			handlers[event] = handler;
			return stream;
		}
	};
	queueMicrotask(() => {
		try {
			handlers.data?.(subset.encode());
			handlers.end?.();
		} catch (error) {
			handlers.error?.(error);
		}
	});
	return stream;
}

/** Parsed fonts by their bytes: parsing 250 KB of font is most of the cost of a document, so do it once. */
const parsed = new WeakMap<Uint8Array, fontkit.Font>();

export const fontkitAdapter = {
	create(data: Uint8Array) {
		let font = parsed.get(data);
		if (!font) {
			font = fontkit.create(data as Parameters<typeof fontkit.create>[0]) as fontkit.Font;
			parsed.set(data, font);
		}
		return new Proxy<fontkit.Font>(font, {
			get(target, property) {
				if (property === 'createSubset') {
					return () => {
						const subset = target.createSubset();
						return {
							includeGlyph: (glyph: Parameters<Subset['includeGlyph']>[0]) => subset.includeGlyph(glyph),
							encodeStream: () => encodeStream(subset)
						};
					};
				}
				const value = Reflect.get(target, property, target);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
	}
} as unknown as Fontkit;
