/**
 * A regex alternation of many literal phrases, written as a prefix tree (`h(?:uman rights
 * (?:defender|activist))`) so that the engine rejects most positions on their first letter.
 * Long alternations of plain phrases are what made the recognisers slow.
 */

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `capitalFirst` makes the first letter of each phrase match either case (the rest stays as
 * written); apostrophes match both `'` and `’`.
 */
export function trieSource(phrases: Iterable<string>, options: { capitalFirst?: boolean } = {}): string {
  const root: Node = { children: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const ch of p.replace(/’/g, "'")) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const atom = (ch: string, first: boolean) => {
    if (ch === "'") return "['’]";
    if (first && options.capitalFirst && ch.toUpperCase() !== ch) return `[${ch}${ch.toUpperCase()}]`;
    return escape(ch);
  };
  const emit = (node: Node, first: boolean): string => {
    const branches = [...node.children.entries()].map(([ch, child]) => atom(ch, first) + emit(child, false));
    if (branches.length === 0) return '';
    // Longest first comes for free: an ending node makes the rest optional, and regex quantifiers are greedy.
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (node.end) return branches.length === 1 && branches[0]!.length > 0 ? `(?:${body})?` : `${body}?`;
    return body;
  };
  return emit(root, true);
}

/**
 * `trieSource` for phrases that only count at the start of a word: those led by an ASCII letter
 * or digit sit behind `\b`, which the engine checks before the tree, so a position inside a
 * word is given up at once (a quarter less time for the descriptors over a letter). `\b` knows
 * only ASCII word characters, so phrases led by any other character (`étudiant`) are tried at
 * every position, as before. The caller still checks the start of the word: `\b` lets a phrase
 * follow `é`. Unlike the bare tree, the scan no longer stops at a phrase inside a word (`xhuman
 * rights defender`), which hid the phrase starting a word within it (`defender`).
 * Not for a regex with both the `u` and the `i` flags: there `\b` made the known organisations'
 * scan twice as slow as the bare tree.
 */
export function wordStartTrieSource(phrases: Iterable<string>): string {
  const all = [...phrases];
  const ascii = all.filter((p) => /^[A-Za-z0-9]/.test(p));
  const other = all.filter((p) => !/^[A-Za-z0-9]/.test(p));
  const guarded = ascii.length ? `\\b(?:${trieSource(ascii)})` : '';
  return other.length ? `(?:${guarded ? `${guarded}|` : ''}${trieSource(other)})` : `(?:${guarded})`;
}
