/**
 * V8 keeps a string one byte a character when every character fits (Latin-1), two bytes otherwise,
 * and a slice of a two-byte string stays two-byte. One curly quote makes a whole letter two-byte,
 * and every paragraph cut from it too: the Unicode-aware patterns of the recognisers scan such
 * strings up to twice slower. `oneByte` gives the same characters in a one-byte string.
 */

/** Any character beyond Latin-1. */
export const WIDE_CHAR = /[^\x00-\xff]/;

// `latin1` is windows-1252 for TextDecoder: bytes 0x80-0x9f decode to other characters, so texts
// with those are left as they are (see oneByte).
const LATIN1 = new TextDecoder('latin1');
let bytes = new Uint8Array(4096);

/**
 * The same text as a one-byte string when it has only Latin-1 characters, other than the C1
 * controls (U+0080-U+009F); otherwise the text itself.
 */
export function oneByte(text: string): string {
  const n = text.length;
  if (bytes.length < n) bytes = new Uint8Array(Math.max(n, bytes.length * 2));
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || (c >= 0x80 && c < 0xa0)) return text;
    bytes[i] = c;
  }
  const copy = LATIN1.decode(bytes.subarray(0, n));
  // A decoder that dropped a leading byte-order mark would give a shorter text.
  return copy.length === n ? copy : text;
}
