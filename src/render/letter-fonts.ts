/**
 * The typeface of a printed letter. A TrueType serif is embedded when one is found (it covers
 * every Latin letter a name may hold: ł, ş, ğ, ő...); otherwise pdfkit's built-in Times, whose
 * WinAnsi encoding covers English, French and Spanish (é, ñ, ç, œ, ’, « ») but not names in
 * Polish, Turkish, Romanian or Vietnamese, which would print wrongly. RAPPORTEUR_LETTER_FONT and
 * RAPPORTEUR_LETTER_FONT_BOLD name the files to use instead of the search below.
 */
import { existsSync } from 'node:fs';

export interface LetterFonts {
  /** A TTF file, or the name of a PDF standard font. */
  regular: string;
  bold: string;
  /** The family to name in a DOCX (Word picks it on the reader's machine). */
  docxFamily: string;
  embedded: boolean;
}

export const STANDARD_FONTS: LetterFonts = { regular: 'Times-Roman', bold: 'Times-Bold', docxFamily: 'Times New Roman', embedded: false };

/** Metric-compatible with Times New Roman first, then wider-coverage serifs. */
const CANDIDATES: Array<{ regular: string; bold: string }> = [
  { regular: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf', bold: '/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf' },
];

let found: LetterFonts | undefined;

export function letterFonts(env: NodeJS.ProcessEnv = process.env): LetterFonts {
  const regular = env.RAPPORTEUR_LETTER_FONT;
  if (regular) {
    const bold = env.RAPPORTEUR_LETTER_FONT_BOLD ?? regular;
    if (!existsSync(regular) || !existsSync(bold)) throw new Error(`RAPPORTEUR_LETTER_FONT: no such file ${existsSync(regular) ? bold : regular}`);
    return { regular, bold, docxFamily: 'Times New Roman', embedded: true };
  }
  found ??= (() => {
    const c = CANDIDATES.find((f) => existsSync(f.regular) && existsSync(f.bold));
    return c ? { ...c, docxFamily: 'Times New Roman', embedded: true } : STANDARD_FONTS;
  })();
  return found;
}
