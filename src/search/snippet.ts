/** Highlighted passages: the database marks hits with two control characters, read here into parts. */
import type { Snippet } from '../domain/search-query.js';

/** What ts_headline is told to put around a hit (never present in stored passages: they are removed first). */
export const HIT_START = '\u0001';
export const HIT_STOP = '\u0002';

/**
 * The stored text's markup (see the readers' text convention) as a reader of a snippet should not
 * see it: bold markers, heading marks, footnote markers and the footnotes' rule.
 */
const MARKUP = /\*\*|<sup>[^<]{0,8}<\/sup>|(?<=^|\s)(?:#{1,6}|-{3,})(?=\s|$)/g;

/** `a \x01b\x02 c` → `[{a, false}, {b, true}, {c, false}]`; the stored text's markup dropped. */
export function readSnippet(marked: string): Snippet {
  const parts: Snippet = [];
  const push = (text: string, hit: boolean) => {
    const t = text.replace(MARKUP, '').replace(/ {2,}/g, ' ');
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += t;
    else parts.push({ text: t, hit });
  };
  let rest = marked.replace(/\s+/g, ' ').trim();
  for (;;) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) break;
    const stop = rest.indexOf(HIT_STOP, start + 1);
    if (stop < 0) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  push(rest.replace(/[\u0001\u0002]/g, ''), false);
  return parts;
}
