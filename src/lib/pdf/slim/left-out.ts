/** In place of a module that the app's documents never use (aliases.js); fails clearly if one ever does. */
export function leftOut(what: string): never {
	throw new Error(`${what} are left out of Gesprekswijzer's PDF code (src/lib/pdf/slim/aliases.js).`);
}

/** For @pdf-lib/upng, which pdf-lib uses as `UPNG.decode(...)`, and for fontkit's Brotli decoder. */
const decode = () => leftOut('PNG images and WOFF2 fonts');

export default Object.assign(decode, { decode, toRGBA8: decode });
