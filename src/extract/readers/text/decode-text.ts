/**
 * Bytes of a plain text to a string. Letters reach the secretariat from everywhere: UTF-8 with
 * or without a byte-order mark, UTF-16 saved by Windows tools, and old single-byte code pages
 * (Windows-1251 for Cyrillic, Windows-1252 for Western European languages).
 */
import iconv from 'iconv-lite';
import { RapError } from '../../../domain/errors.js';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8 (BOM)`, `utf-16le`, `utf-16be`, `windows-1251` or `windows-1252`. */
  encoding: string;
}

/** How much of a file the statistics look at: enough to decide, cheap on a large file. */
const SAMPLE_BYTES = 64 * 1024;

/** The encoding the bytes are most likely in, or null when they are not text at all. */
export function detectEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8 (BOM)';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  if (sample.includes(0)) return null;
  if (isUtf8(sample, sample.length < bytes.length)) return 'utf-8';
  return cyrillicRatherThanLatin(sample) ? 'windows-1251' : 'windows-1252';
}

/**
 * Decodes the whole text. Throws RAP_ERR_BINARY_FILE when the bytes are not text (NUL bytes,
 * control characters) and RAP_ERR_ENCODING when they claim an encoding they do not follow.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // A file no longer than the sample was decoded whole when the readers looked at it.
  const looked = samples.get(bytes);
  const whole = looked && looked.length === bytes.length ? looked : readSample(bytes);
  const { encoding, text, controls } = whole;
  if (!encoding) throw new RapError('RAP_ERR_BINARY_FILE', 'it holds NUL bytes, which a text never does');
  if (controls > Math.max(2, text.length / 1000)) {
    throw new RapError('RAP_ERR_BINARY_FILE', `${controls} control characters where a text would have letters`);
  }
  const replaced = countOf(text, '\ufffd');
  if (replaced > Math.max(2, text.length / 1000)) {
    throw new RapError('RAP_ERR_ENCODING', `${replaced} byte sequences are not valid ${encoding}`);
  }
  return { text, encoding };
}

/** A look at some bytes: their encoding, their text in it, its control characters. */
interface Sample {
  /** Bytes looked at. */
  length: number;
  encoding: string | null;
  text: string;
  controls: number;
}

/** Bytes (a whole file, or its first bytes) read as text. */
function readSample(bytes: Uint8Array): Sample {
  const encoding = detectEncoding(bytes);
  const text = encoding ? decodeAs(bytes, encoding) : '';
  return { length: bytes.length, encoding, text, controls: countControlCharacters(text) };
}

/** The readers (Markdown, plain text) each ask about the same bytes, and the chosen one decodes them: one look serves all. */
const samples = new WeakMap<Uint8Array, Sample>();

/** A quick yes/no for readers' scores: would `decodeText` accept these bytes? */
export function looksLikeText(bytes: Uint8Array): boolean {
  let sample = samples.get(bytes);
  if (!sample) {
    sample = readSample(bytes.subarray(0, SAMPLE_BYTES));
    samples.set(bytes, sample);
  }
  return sample.encoding !== null && sample.controls <= Math.max(2, sample.text.length / 1000);
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  switch (encoding) {
    case 'utf-8 (BOM)':
      return new TextDecoder('utf-8').decode(bytes.subarray(3));
    case 'utf-8':
      return new TextDecoder('utf-8').decode(bytes);
    case 'utf-16le':
    case 'utf-16be': {
      const hasBom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
      return new TextDecoder(encoding).decode(bytes.subarray(hasBom ? 2 : 0));
    }
    default:
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  }
}

/**
 * UTF-16 without a byte-order mark: the high byte of Latin letters, digits, spaces and
 * punctuation is NUL, so NULs gather on one side (odd offsets for little-endian) and almost
 * never on the other.
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul >= pairs * 0.05 && evenNul <= pairs * 0.005) return 'utf-16le';
  if (evenNul >= pairs * 0.05 && oddNul <= pairs * 0.005) return 'utf-16be';
  return null;
}

/** Strict UTF-8; a sample cut from a larger file may end inside a character. */
function isUtf8(sample: Uint8Array, truncated: boolean): boolean {
  let end = sample.length;
  if (truncated) {
    // Step back over at most three continuation bytes to the start of the last character.
    let i = end - 1;
    while (i > end - 4 && i >= 0 && ((sample[i] ?? 0) & 0xc0) === 0x80) i--;
    end = i >= 0 ? i : end;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows-1251 and Windows-1252 give every byte a meaning, so the bytes alone cannot say which
 * is right; the shape of the words can. Bytes 0xC0-0xFF are Cyrillic letters in 1251 and
 * accented Latin letters in 1252. Cyrillic words are made of such bytes only, so they stand next
 * to each other; accented letters in French, Spanish or German stand between ASCII letters.
 */
function cyrillicRatherThanLatin(sample: Uint8Array): boolean {
  let highBesideHigh = 0;
  let highBesideAscii = 0;
  for (let i = 1; i < sample.length; i++) {
    const a = sample[i - 1] ?? 0;
    const b = sample[i] ?? 0;
    const aHigh = isHighLetter(a);
    const bHigh = isHighLetter(b);
    if (aHigh && bHigh) highBesideHigh++;
    else if ((aHigh && isAsciiLetter(b)) || (bHigh && isAsciiLetter(a))) highBesideAscii++;
  }
  return highBesideHigh > highBesideAscii;
}

/** Letters above ASCII in both code pages: 0xC0-0xFF, and Ё/ё (0xA8, 0xB8) in 1251. */
function isHighLetter(b: number): boolean {
  return b >= 0xc0 || b === 0xa8 || b === 0xb8;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** C0 and C1 controls other than tab, line feed, vertical tab, form feed and carriage return. */
function countControlCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) n++;
  }
  return n;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
