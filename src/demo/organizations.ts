/**
 * Invented civil society organisations of each fictional State, each with the spellings people
 * use for it: a dotted brand (`Svetoch.BR`), the same run together (`SvetochBR`), in another case
 * (`Svetoch.Br`), as a hashtag (`#SvetochBR`), or a long descriptive name with its acronym.
 */
import { Rng } from './prng.js';
import type { FictionalState } from './world.js';

export interface OrganizationIdentity {
  /** Canonical id, stable: `O-XAB-03`. */
  id: string;
  /** Canonical name. */
  name: string;
  /** Every spelling letters may use, canonical first. */
  spellings: string[];
  /** What it does, for the sentence that introduces it. */
  purpose: string;
}

const BRAND_CORES = ['Svetoch', 'Zharyk', 'Umit', 'Adilet', 'Nadiya', 'Erkindik', 'Amal', 'Sawt', 'Esperanza', 'Haki', 'Uhuru', 'Mwanga', 'Sahar', 'Ozgurluk', 'Prava', 'Volya', 'Tamkeen', 'Raices', 'Karamat', 'Sabr', 'Dignitas', 'Mizan', 'Shuaa', 'Iskra'];

const DESCRIPTIVE: Array<[string, string, string]> = [
  ['Centre for Legal Initiatives', 'CLI', 'provides free legal aid to people facing criminal prosecution'],
  ['Association of Independent Journalists', 'AIJ', 'defends the rights of reporters and monitors attacks on the press'],
  ['Committee for the Protection of Land and Water', 'CPLW', 'supports rural communities in disputes over land, forests and water'],
  ['Women\u2019s Rights Network', 'WRN', 'runs shelters and a hotline for survivors of gender-based violence'],
  ['Movement for Free Elections', 'MFE', 'observes elections and documents irregularities'],
  ['Coalition against Torture', 'CAT-Watch', 'monitors places of detention and assists victims of ill-treatment'],
  ['Union of Mine and Textile Workers', 'UMTW', 'represents workers in collective bargaining and labour disputes'],
  ['Council of Indigenous Communities', 'CIC', 'represents indigenous communities in their claims to ancestral land'],
  ['Digital Freedom Lab', 'DFL', 'researches online censorship and the use of spyware against civil society'],
  ['Mothers for Justice', 'MfJ', 'brings together relatives of people who disappeared or died in custody'],
];

const BRAND_PURPOSES = [
  'documents cases of domestic violence and accompanies survivors to the police and the courts',
  'publishes investigations into corruption in public procurement',
  'campaigns online against torture in police custody',
  'provides legal advice to families threatened with eviction',
  'monitors the rights of religious minorities',
  'supports lesbian, gay, bisexual, transgender and intersex persons facing discrimination',
  'trains young people in peaceful civic participation',
  'reports on environmental damage caused by extractive projects',
];

/** The organisations of one State: a few brands and a few descriptive names. */
export function organizationsOf(state: FictionalState): OrganizationIdentity[] {
  const rng = Rng.of('orgs', state.code);
  const out: OrganizationIdentity[] = [];
  const cores = rng.sample(BRAND_CORES, 6);
  for (const core of cores) {
    const t = state.tag;
    const tagLower = t[0] + t[1]!.toLowerCase();
    out.push({
      id: `O-${state.code}-${String(out.length + 1).padStart(2, '0')}`,
      name: `${core}.${t}`,
      spellings: [`${core}.${t}`, `${core}${t}`, `${core}.${tagLower}`, `#${core}${t}`, `${core}-${t}`],
      purpose: rng.pick(BRAND_PURPOSES),
    });
  }
  for (const [name, acronym, purpose] of rng.sample(DESCRIPTIVE, 5)) {
    const full = `${state.adjective} ${name}`;
    out.push({
      id: `O-${state.code}-${String(out.length + 1).padStart(2, '0')}`,
      name: full,
      spellings: [full, `${name} of ${state.state.name.en}`, `${acronym}-${state.tag}`],
      purpose,
    });
  }
  return out;
}

const orgCache = new Map<string, OrganizationIdentity[]>();

export function organizationsFor(state: FictionalState): OrganizationIdentity[] {
  let list = orgCache.get(state.code);
  if (!list) orgCache.set(state.code, (list = organizationsOf(state)));
  return list;
}
