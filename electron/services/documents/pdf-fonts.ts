import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../shared/core/documents/packet-content';

/**
 * DejaVu Sans Condensed (dejavu-fonts-ttf 2.37.3, see assets/fonts/README.md): Latin with Latin
 * Extended and Vietnamese, Greek and Cyrillic, about as wide as the Helvetica it replaces. Embedded
 * as subsets, so a packet carries only the glyphs it draws.
 */
export const FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
} as const;

/**
 * assets/fonts from wherever this code runs: the sources (electron/services/documents), the
 * bundle (out/main, out/main/chunks) or the packaged app (app.asar/out/main).
 */
function fontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`assets/fonts/${FONT_FILES.regular} was not found`);
}

let cache: Record<keyof typeof FONT_FILES, Uint8Array> | undefined;
export function fontBytes(): Record<keyof typeof FONT_FILES, Uint8Array> {
  if (cache) return cache;
  const dir = fontsDir();
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  cache = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic) };
  return cache;
}

/**
 * Scripts pdf-lib can draw with this font as they are written. The font also has some Arabic and
 * Hebrew glyphs, but pdf-lib does no shaping or right-to-left layout, so they would come out wrong:
 * those names (like Chinese or Devanagari ones, which it lacks) are left to write by hand instead.
 */
const SIMPLE_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]$/u;

export const isDrawable = (ch: string, charset: ReadonlySet<number>) =>
  SIMPLE_SCRIPT.test(ch) && charset.has(ch.codePointAt(0) ?? 0);

// ---- text the embedded font can draw ----

/** Said beside a blank left for a name in a script the font cannot draw. */
export const BY_HAND: Record<Language, string> = {
  en: 'write the name by hand',
  es: 'escriba el nombre a mano',
};
const HAND_BLANK = '_'.repeat(18);

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
const BETWEEN = /^[\s\p{P}\p{M}]$/u;

/**
 * Text as the PDF can show it. Every character the font draws stays exactly as written; a run of
 * characters it cannot draw (a name in Chinese, Arabic, Hindi…, with the spaces inside it) becomes a
 * blank line to fill in by hand, said once per text with `note`. Never a question mark.
 */
export function fitToFont(text: string, drawable: (ch: string) => boolean, note: string): string {
  const chars = [...text.normalize('NFC').replace(/\t/g, ' ').replace(CONTROL, '')];
  let out = '';
  let noted = false;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (drawable(ch)) {
      out += ch;
      i++;
      continue;
    }
    let last = i;
    for (let j = i; j < chars.length && (!drawable(chars[j]!) || BETWEEN.test(chars[j]!)); j++) {
      if (!drawable(chars[j]!)) last = j;
    }
    out += noted ? HAND_BLANK : `${HAND_BLANK} (${note})`;
    noted = true;
    i = last + 1;
  }
  return out;
}
