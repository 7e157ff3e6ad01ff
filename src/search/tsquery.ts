/**
 * A PostgreSQL `tsquery` as the database prints it (`'detent' & '~en' | !'tortur'`), read into a
 * tree of lexemes joined by `&`, `|` and `!`, so that the public index can answer it from its
 * own lists. Phrase operators (`<->`, `<2>`), prefixes (`:*`) and weights (`:A`) depend on word
 * positions the index does not keep: such a query reads as null and is left to the database.
 */

export type TsQuery =
  | { op: 'word'; lexeme: string }
  | { op: 'not'; arg: TsQuery }
  | { op: 'and' | 'or'; args: TsQuery[] };

type Token = { kind: 'word'; lexeme: string } | { kind: '(' | ')' | '!' | '&' | '|' };

class Unsupported extends Error {}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ') i++;
    else if (c === '(' || c === ')' || c === '!' || c === '&' || c === '|') {
      out.push({ kind: c });
      i++;
    } else if (c === "'") {
      // A quoted lexeme: `''` is a quote, a backslash escapes the next character.
      let lexeme = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Unsupported('unterminated lexeme');
        const d = text[i]!;
        if (d === '\\' && i + 1 < text.length) {
          lexeme += text[i + 1];
          i += 2;
        } else if (d === "'" && text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          lexeme += d;
          i++;
        }
      }
      if (text[i] === ':') throw new Unsupported('a prefix or a weight');
      out.push({ kind: 'word', lexeme });
    } else throw new Unsupported(`"${c}"`); // `<->`, `<2>`, or anything unforeseen
  }
  return out;
}

/** The query as a tree, or null when it is empty or uses what only word positions can answer. */
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
  // Precedence as PostgreSQL's: `!` binds tightest, then `&`, then `|`.
  const or = (): TsQuery => {
    const args = [and()];
    while (peek()?.kind === '|') {
      at++;
      args.push(and());
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  };
  const and = (): TsQuery => {
    const args = [unary()];
    while (peek()?.kind === '&') {
      at++;
      args.push(unary());
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const unary = (): TsQuery => {
    const t = list[at++];
    if (!t) throw new Unsupported('an operand is missing');
    if (t.kind === '!') return { op: 'not', arg: unary() };
    if (t.kind === 'word') return { op: 'word', lexeme: t.lexeme };
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

/** Every lexeme the query names, once each. */
export function lexemesOf(q: TsQuery, into = new Set<string>()): Set<string> {
  if (q.op === 'word') into.add(q.lexeme);
  else if (q.op === 'not') lexemesOf(q.arg, into);
  else for (const a of q.args) lexemesOf(a, into);
  return into;
}
