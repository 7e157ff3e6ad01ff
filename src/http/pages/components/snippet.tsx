import type { Snippet } from '../../../domain/search-query.js';

/** A passage with the words that matched marked; every part is text, never markup. */
export function SnippetText({ parts }: { parts: Snippet }) {
  return <>{parts.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}</>;
}
