/**
 * The words of a public search, made safe and read three ways: as typed (web search syntax, for
 * matching), as any of its words (for ranking and for choosing the passage to highlight), and as
 * a reference or a name when it looks like one.
 */
import { MAX_QUERY_LENGTH } from '../domain/search-query.js';
import { personMatchKey } from '../domain/names.js';

// Control characters (NUL is refused by PostgreSQL; 0x01/0x02 mark highlights), lone surrogates, and
// angle brackets (the parser reads `<b>word</b>` as tags and drops the word).
const UNSAFE = /[\u0000-\u001f\u007f<>]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The query text as the database may read it: no control characters, bounded, squashed. */
export function cleanWords(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * The words of the query OR-ed, leaving out excluded words (`-word`) and the `or` operator:
 * `"arbitrary detention" -torture` → `arbitrary or detention`. Web search syntax reads it.
 */
export function anyOfWords(text: string, extra: readonly string[] = []): string {
  const words = new Set<string>();
  for (const w of [...text.split(/[\s"]+/), ...extra.flatMap((e) => e.split(/\s+/))]) {
    if (!w || w.startsWith('-') || w.toLowerCase() === 'or') continue;
    words.add(w);
  }
  return [...words].join(' or ');
}

/** The folded name to look up among the public spellings of persons, or null when the query cannot be a name. */
export function nameProbe(text: string): string | null {
  if (/\d/.test(text) || /(^|\s)-\S/.test(text)) return null;
  const key = personMatchKey(text.replace(/"/g, ' '));
  return key.replace(/ /g, '').length >= 4 && key.length <= 80 ? key : null;
}
