/**
 * A QR code as one SVG path of its dark modules, so that the page (an inline <svg>) and the handout PDF
 * (pdf-lib's drawSvgPath) draw the very same code. Generated here, never fetched from a service.
 */
import { encode } from 'uqr';

/** Light modules around the code, as the QR standard asks, so that cameras find its edges. */
export const QUIET_ZONE = 4;

export interface QrPath {
	/** Modules per side, quiet zone included. */
	size: number;
	/** Dark modules, one unit square each, as runs per row. */
	path: string;
}

export function qrPath(text: string): QrPath {
	const { data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
	let path = '';
	data.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			path += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
		}
	});
	return { size: data.length, path };
}
