import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrPath } from './qr';

/** Paints the path's unit squares as pixels (`scale` per module) and decodes the picture like a camera. */
function decode(text: string, scale = 4): string | null {
	const { size, path } = qrPath(text);
	const width = size * scale;
	const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let dy = 0; dy < scale; dy++) {
			for (let dx = 0; dx < +w! * scale; dx++) {
				const offset = ((+y! * scale + dy) * width + +x! * scale + dx) * 4;
				rgba.set([0, 0, 0, 255], offset);
			}
		}
	}
	return jsQR(rgba, width, width)?.data ?? null;
}

describe('qrPath', () => {
	it.each([
		'http://localhost:4173/',
		'https://gesprekswijzer.nl/',
		`https://example.org/${'lang/'.repeat(30)}`
	])('draws a code that decodes to %s', (address) => {
		expect(decode(address)).toBe(address);
	});

	it('keeps a quiet zone of four light modules on every side', () => {
		const { size, path } = qrPath('http://localhost:4173/');
		const cells = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [+x!, +y!, +w!]);
		expect(Math.min(...cells.map(([x]) => x!))).toBe(QUIET_ZONE);
		expect(Math.min(...cells.map(([, y]) => y!))).toBe(QUIET_ZONE);
		expect(Math.max(...cells.map(([x, , w]) => x! + w!))).toBe(size - QUIET_ZONE);
		expect(Math.max(...cells.map(([, y]) => y!))).toBe(size - QUIET_ZONE - 1);
	});
});
