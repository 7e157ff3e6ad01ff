/**
 * Years standing alone as dates: `In 2020`, `Since 2017`, `in late 2019`, `depuis 2017`,
 * `a finales de 2019`. A bare number is a year only after words that make it one, so that
 * `Protocol of 1967` or `7,053 customers` are not dates.
 */
import type { DateMatch } from '../../domain/dates.js';
import { allMatches } from '../all-matches.js';

const YEAR = /(?<![\p{L}\p{N}/.,-])((?:19|20)\d\d)(?![\p{N}/]|-\d|\.\d|,\d)/gu;
const CONTEXT = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:in|since|during|throughout|until|till|by|before|after|from|between|early|late|mid|year|` +
    String.raw`en|depuis|dès|durant|pendant|jusqu['’]en|courant|fin|début|mi|année|` +
    String.raw`desde|durante|hasta|finales de|principios de|mediados de|comienzos de|año|a partir de)` +
    String.raw`(?:\s+(?:early|late|mid|the end of|the beginning of|the start of|the summer of|the spring of|the autumn of|the fall of|the winter of|the first half of|the second half of|the course of|l['’]année|el año|fin|début|finales de|principios de|mediados de))?[\s-]+$`,
  'iu',
);

export function findYears(text: string, taken: Array<{ index: number; length: number }>): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of allMatches(YEAR, text)) {
    const at = m.index;
    if (taken.some((t) => at >= t.index && at < t.index + t.length)) continue;
    if (!CONTEXT.test(text.slice(Math.max(0, at - 40), at))) continue;
    out.push({ date: `${m[1]}-01-01`, precision: 'year', index: at, length: 4, raw: m[1]! });
  }
  return out;
}
