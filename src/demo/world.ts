/**
 * The fictional world letters are about: the fictional States of the registry (XAA-XAL) with
 * invented cities, courts, places of detention and authorities, and invented companies for
 * letters to non-State actors (`OTH`). Built once from a fixed seed, so every archive describes
 * the same world; the archive seed only decides what happens in it.
 */
import { states, type State } from '../reference-data/index.js';
import { Rng } from './prng.js';

export interface FictionalState {
  code: string;
  state: State;
  /** Two letters used in organisation brands (`Svetoch.BR`). */
  tag: string;
  /** Adjective for people and institutions: `Borelian`. */
  adjective: string;
  capital: string;
  cities: string[];
  regions: string[];
}

export interface Company {
  name: string;
  sector: string;
  /** Where it is registered (a fictional State code). */
  home: string;
}

const SYLLABLES = ['ka', 'ra', 'mo', 'vel', 'dan', 'sor', 'ti', 'len', 'gor', 'ba', 'zu', 'nik', 'tar', 'mi', 'os', 'el', 'van', 'dri', 'ul', 'pes', 'ko', 'sha', 'ber', 'ash', 'lu', 'mer', 'ves', 'tol', 'ya', 'gri'];
const SUFFIXES = ['ovo', 'ia', 'grad', 'abad', 'pur', 'ville', 'ton', 'sk', 'an', 'ec', 'ora', 'heim', 'ayt', 'ino', 'ar', 'ul'];

/** An invented place name: `Kavelgrad`, `Sorimiabad`. */
export function placeName(rng: Rng): string {
  const n = rng.int(1, 2);
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick(SYLLABLES);
  s += rng.pick(SUFFIXES);
  return s[0]!.toUpperCase() + s.slice(1);
}

const TAGS: Record<string, [string, string]> = {
  XAA: ['AD', 'Aldovian'],
  XAB: ['BR', 'Borelian'],
  XAC: ['CV', 'Calveran'],
  XAD: ['DS', 'Dastani'],
  XAE: ['EM', 'Estmarkian'],
  XAF: ['FW', 'Fenwarian'],
  XAG: ['GV', 'Gorvaskan'],
  XAH: ['HI', 'Hollinese'],
  XAI: ['IS', 'Istranian'],
  XAJ: ['JV', 'Jorvanian'],
  XAK: ['KS', 'Kestralian'],
  XAL: ['LV', 'Lunavian'],
};

let worldCache: FictionalState[] | undefined;

/** The fictional States of the registry, each with its invented geography. */
export function fictionalStates(): FictionalState[] {
  if (worldCache) return worldCache;
  worldCache = states()
    .filter((s) => s.fictional)
    .map((state) => {
      const rng = Rng.of('world', state.code);
      const names = new Set<string>();
      while (names.size < 12) names.add(placeName(rng));
      const list = [...names];
      const [tag, adjective] = TAGS[state.code] ?? [state.code.slice(1), state.name.en];
      return { code: state.code, state, tag, adjective, capital: list[0]!, cities: list.slice(0, 7), regions: list.slice(7) };
    });
  return worldCache;
}

export function fictionalState(code: string): FictionalState {
  const s = fictionalStates().find((f) => f.code === code);
  if (!s) throw new Error(`not a fictional State: ${code}`);
  return s;
}

const COMPANY_STEMS = ['Northbridge', 'Azure Ridge', 'Greyhaven', 'Silverfern', 'Redstone', 'Oakmere', 'Bluewater', 'Ironvale', 'Clearpoint', 'Highmoor', 'Westgate', 'Sunfield', 'Coldharbour', 'Brightwell', 'Stonecrest', 'Marlow'];
const COMPANY_SECTORS: Array<[string, string[]]> = [
  ['mining', ['Minerals Ltd', 'Mining Corporation', 'Resources PLC']],
  ['agribusiness', ['Agro Holdings', 'Plantations PLC', 'Agricultural Ventures']],
  ['surveillance technology', ['Digital Systems', 'Intelligence Solutions', 'Networks Inc.']],
  ['energy', ['Energy Group', 'Hydropower Company', 'Petroleum Ltd']],
  ['private security', ['Security Services', 'Protection Group']],
];

let companyCache: Company[] | undefined;

/** Invented companies, the non-State recipients of `OTH` letters. */
export function companies(): Company[] {
  if (companyCache) return companyCache;
  const rng = Rng.of('world', 'companies');
  const codes = fictionalStates().map((s) => s.code);
  companyCache = COMPANY_STEMS.map((stem) => {
    const [sector, forms] = rng.pick(COMPANY_SECTORS);
    return { name: `${stem} ${rng.pick(forms)}`, sector, home: rng.pick(codes) };
  });
  return companyCache;
}
