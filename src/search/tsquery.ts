/**
 * A PostgreSQL `tsquery` as the database prints it (`'detent' & '~en' | !'tortur'`), read into a
 * tree of terms joined by `&`, `|` and `!`, so that the public index can answer it from lists of
 * the documents each term matches. A term is a lexeme (`'detent'`) or a phrase, whose words
 * must follow one another (`'el-hajj' <-> 'el' <-> 'hajj'`, `'freedom' <2> 'express'`): the
 * index cannot tell word positions, so a phrase is one term whose list the database gives
 * whole. Each term keeps its text as printed, which reads back as the same query. Prefixes
 * (`:*`) and weights (`:A`) make the query read as null: the database answers it alone.
 */

export type TsQuery =
  | { op: 'term'; text: string }
  | { op: 'not'; arg: TsQuery }
  | { op: 'and' | 'or'; args: TsQuery[] };

type Token = { kind: 'lexeme' | '(' | ')' | '!' | '&' | '|' | 'follows'; start: number; end: number };

class Unsupported extends Error {}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const start = i;
    if (c === ' ') i++;
    else if (c === '(' || c === ')' || c === '!' || c === '&' || c === '|') out.push({ kind: c, start, end: ++i });
    else if (c === '<') {
      const m = /^<(?:-|\d+)>/.exec(text.slice(i, i + 8));
      if (!m) throw new Unsupported('an unknown operator');
      i += m[0].length;
      out.push({ kind: 'follows', start, end: i });
    } else if (c === "'") {
      // A quoted lexeme: `''` is a quote, a backslash escapes the next character.
      i++;
      for (;;) {
        if (i >= text.length) throw new Unsupported('unterminated lexeme');
        if (text[i] === '\\') i += 2;
        else if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i++;
      }
      i++;
      if (text[i] === ':') throw new Unsupported('a prefix or a weight');
      out.push({ kind: 'lexeme', start, end: i });
    } else throw new Unsupported(`"${c}"`);
  }
  return out;
}

/** The query as a tree, or null when it is empty or uses what only the database can answer. */
export function readTsQuery(text: string | null): TsQuery | null {
  if (text === null || text.trim() === '') return null;
  let list: Token[];
  try {
    list = tokens(text);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  let at = 0;
  const peek = () => list[at];
  // Operands joined by one operator (`|` or `&`), read by `next`.
  const joined = (kind: '|' | '&', op: 'or' | 'and', next: () => TsQuery) => (): TsQuery => {
    const args = [next()];
    while (peek()?.kind === kind) {
      at++;
      args.push(next());
    }
    return args.length === 1 ? args[0]! : { op, args };
  };
  // Precedence as PostgreSQL's: `!` binds tightest, then `<->`, then `&`, then `|`.
  const or = joined('|', 'or', () => and());
  const and = joined('&', 'and', () => phrase());
  // A phrase is one term: its text from its first operand to its last.
  const phrase = (): TsQuery => {
    const start = list[at]?.start ?? 0;
    const first = unary();
    if (peek()?.kind !== 'follows') return first;
    while (peek()?.kind === 'follows') {
      at++;
      unary();
    }
    return { op: 'term', text: text.slice(start, list[at - 1]!.end) };
  };
  const unary = (): TsQuery => {
    const t = list[at++];
    if (!t) throw new Unsupported('an operand is missing');
    if (t.kind === '!') return { op: 'not', arg: unary() };
    if (t.kind === 'lexeme') return { op: 'term', text: text.slice(t.start, t.end) };
    if (t.kind === '(') {
      const inner = or();
      if (list[at++]?.kind !== ')') throw new Unsupported('a parenthesis is not closed');
      return inner;
    }
    throw new Unsupported(`"${t.kind}" where an operand was expected`);
  };
  try {
    const tree = or();
    return at === list.length ? tree : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** Every term the query names (its text as printed), once each. */
export function termsOf(q: TsQuery, into = new Set<string>()): Set<string> {
  if (q.op === 'term') into.add(q.text);
  else if (q.op === 'not') termsOf(q.arg, into);
  else for (const a of q.args) termsOf(a, into);
  return into;
}
