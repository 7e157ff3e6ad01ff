/** The last step of every reader: LF line ends and Unicode NFC, so that equal text compares equal. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}
