/**
 * The last step of every reader: LF line ends, Unicode NFC, and the Latin ligatures a PDF's text
 * copied into a file may carry (`ﬁled`, `Oﬃce`) as their letters, so that equal text compares equal.
 */
const LIGATURES = /[\ufb00-\ufb06]/g;
const HAS_LIGATURE = /[\ufb00-\ufb06]/;

export function normalizeText(text: string): string {
  const nfc = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  return HAS_LIGATURE.test(nfc) ? nfc.replace(LIGATURES, (l) => l.normalize('NFKC')) : nfc;
}
