/**
 * What drawing text beyond Latin needs: Arabic and Ethiopic in their fonts, Arabic in bidi order
 * (bidi-line.ts, with bidi-js) and drawn right to left (glyphs.ts). The browser loads it with those fonts,
 * only for a document whose text needs them (browser.ts), and the service worker keeps it only then.
 */
import { linePieces } from './bidi-line';
import { drawRightToLeft } from './glyphs';

export const beyondLatin = { linePieces, drawRightToLeft };

export type BeyondLatin = typeof beyondLatin;
