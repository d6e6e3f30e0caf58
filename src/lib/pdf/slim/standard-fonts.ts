/**
 * In place of @pdf-lib/standard-fonts (aliases.js). pdf-lib reads the font names when it loads; the
 * metrics are needed only to draw with a standard font, which this app never does.
 */
import { leftOut } from './left-out';

// The names come from pdf-lib's own list (this file, not the package index: that would be a cycle).
export { StandardFonts as FontNames } from 'pdf-lib/es/api/StandardFonts.js';

export const Encodings = {};

export const Font = {
	load: () => leftOut('The standard PDF fonts')
};
