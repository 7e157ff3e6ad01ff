/**
 * Redaction for publication: the public copy of a letter, where the names of people who did not
 * consent to publication, the organisations marked confidential and the passages an officer
 * marked confidential are replaced by `[REDACTED]`. Pure: services/redacted-copy.ts gathers what
 * to hide from the case files.
 *
 * This module writes the marks; what to hide is in hidden.ts, which words name a hidden person in
 * mark-names.ts (the rules), how passages are found in passages.ts, and the record in redact-record.ts.
 */
import { compileHidden, type CompiledHidden, type HiddenContent } from './hidden.js';
import { joins, markNames, tokenize } from './mark-names.js';
import { passageSpans, type Span } from './passages.js';

export const REDACTED = '[REDACTED]';

const compiledOf = (h: HiddenContent | CompiledHidden): CompiledHidden => ('alone' in h ? h : compileHidden(h));

/** The redacted text and the marks written; `inField`: a record's short field, which a passage overlapping it also hides. */
export function redact(text: string, h: CompiledHidden, inField: boolean): { text: string; replaced: number } {
  const tokens = tokenize(text);
  markNames(text, tokens, h);
  const spans: Span[] = passageSpans(text, h.passages, inField);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.owners) continue;
    let j = i;
    while (tokens[j + 1]?.owners && joins(text, tokens[j]!, tokens[j + 1]!)) j++;
    spans.push([tokens[i]!.start, tokens[j]!.end]);
    i = j;
  }
  if (spans.length === 0) return { text, replaced: 0 };
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  let out = '';
  let from = 0;
  let boldBefore = false;
  for (const [s, e] of merged) {
    const before = text.slice(from, s);
    boldBefore = toggles(before) % 2 === 1 ? !boldBefore : boldBefore;
    // A passage that opens or closes a bold run keeps the mark, so the rest of the text reads as before.
    const inside = toggles(text.slice(s, e)) % 2 === 1;
    out += before + (inside ? (boldBefore ? `${REDACTED}**` : `**${REDACTED}`) : REDACTED);
    if (inside) boldBefore = !boldBefore;
    from = e;
  }
  return { text: out + text.slice(from), replaced: merged.length };
}

const toggles = (s: string): number => s.split('**').length - 1;

/** The text with every hidden name, organisation and confidential passage replaced by `[REDACTED]`. */
export function redactText(text: string, hidden: HiddenContent | CompiledHidden): string {
  return redact(text, compiledOf(hidden), false).text;
}

/** `redactText`, also answering how many `[REDACTED]` marks it wrote. */
export function redactTextCounted(text: string, hidden: HiddenContent | CompiledHidden): { text: string; replaced: number } {
  return redact(text, compiledOf(hidden), false);
}

export const countRedactions = (text: string): number => text.split(REDACTED).length - 1;
