/**
 * Which font files a document needs, and where the browser fetches them: Noto Sans always, a script's
 * font only when the text has that script (scripts.ts). A document of Latin, Greek or Cyrillic text
 * fetches Noto Sans alone, as before the script fonts existed; the service worker keeps a script font
 * for offline use only once a document has needed it (src/service-worker.ts).
 */
import type { Weights } from './fonts';
import arabicBold from './fonts/NotoSansArabic-Bold.ttf?url';
import arabicRegular from './fonts/NotoSansArabic-Regular.ttf?url';
import ethiopicBold from './fonts/NotoSansEthiopic-Bold.ttf?url';
import ethiopicRegular from './fonts/NotoSansEthiopic-Regular.ttf?url';
import bold from './fonts/NotoSans-Bold.ttf?url';
import regular from './fonts/NotoSans-Regular.ttf?url';
import type { Script } from './scripts';

const LATIN_URLS: Weights<string> = { regular, bold };

const SCRIPT_URLS: Record<Script, Weights<string>> = {
	arabic: { regular: arabicRegular, bold: arabicBold },
	ethiopic: { regular: ethiopicRegular, bold: ethiopicBold }
};

/**
 * The addresses of the font files for text in these scripts (beyond Latin): each font's regular and bold
 * weight in turn, Noto Sans first, then each script's in the order given.
 */
export function fontUrls(scripts: readonly Script[]): string[] {
	return [LATIN_URLS, ...scripts.map((script) => SCRIPT_URLS[script])].flatMap((w) => [w.regular, w.bold]);
}
