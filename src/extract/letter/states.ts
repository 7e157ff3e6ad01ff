/**
 * States named in a short passage, in English, French or Spanish, found by scanning the registry's
 * names on word boundaries (longest names first, so `Republic of Aldovia` wins over a shorter one).
 */
import { fold } from '../../domain/text.js';
import { stateNameList, states, type State } from '../../reference-data/index.js';

let index: Map<string, Array<[string, State]>> | undefined;
/** Names grouped by their first folded word: a passage is scanned word by word, not name by name. */
function byFirstWord(): Map<string, Array<[string, State]>> {
  if (index) return index;
  const byCode = new Map(states().map((s) => [s.code, s]));
  index = new Map();
  for (const [name, state] of stateNameList()) {
    if (state.code === 'OTH' || name.length < 4) continue;
    const first = name.split(' ')[0]!;
    const list = index.get(first) ?? [];
    list.push([name, byCode.get(state.code) ?? state]);
    index.set(first, list);
  }
  return index;
}

export function statesNamedIn(passage: string): State[] {
  const words = fold(passage).split(' ').filter(Boolean);
  const out: State[] = [];
  const names = byFirstWord();
  for (let i = 0; i < words.length; i++) {
    const candidates = names.get(words[i]!);
    if (!candidates) continue;
    for (const [name, state] of candidates) {
      const n = name.split(' ').length;
      if (words.slice(i, i + n).join(' ') === name) {
        if (!out.includes(state)) out.push(state);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
