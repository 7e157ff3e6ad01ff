/**
 * What the Annex of a demo letter cites, by theme: instruments and articles, with a sentence on
 * what the provision protects and, for some, the general comment interpreting it. The composer
 * (src/domain/drafting) writes the paragraphs, with the recipient's ratification date where the
 * registry has one; this returns the citations and what they make the ground truth.
 */
import type { DraftLegalReference } from '../domain/drafting/index.js';
import { instrumentById } from '../reference-data/index.js';
import type { Language } from './language.js';
import type { Theme } from './themes.js';

interface Citation {
  instrument: string;
  articles: string[];
  /** What the provision protects, in English (French and Spanish letters use a shorter form). */
  says: string;
  /** A general comment interpreting it: [symbol, what it says]. */
  comment?: [string, string];
}

const ICCPR_9: Citation = { instrument: 'iccpr', articles: ['9'], says: 'guarantees the right to liberty and security of person and prohibits arbitrary arrest or detention', comment: ['CCPR/C/GC/35', 'that detention in retaliation for the legitimate exercise of rights protected by the Covenant is arbitrary'] };
const ICCPR_14: Citation = { instrument: 'iccpr', articles: ['14'], says: 'guarantees a fair and public hearing by a competent, independent and impartial tribunal', comment: ['CCPR/C/GC/32', 'that the right to a public hearing may be limited only in narrowly defined circumstances'] };
const ICCPR_19: Citation = { instrument: 'iccpr', articles: ['19'], says: 'protects the right to hold opinions without interference and to seek, receive and impart information and ideas of all kinds', comment: ['CCPR/C/GC/34', 'that restrictions on expression must be provided by law, pursue a legitimate aim and be necessary and proportionate'] };
const ICCPR_21_22: Citation = { instrument: 'iccpr', articles: ['21', '22'], says: 'protect the rights of peaceful assembly and freedom of association', comment: ['CCPR/C/GC/37', 'that the use of force in the policing of assemblies must be exceptional and a last resort'] };
const ICCPR_6_7: Citation = { instrument: 'iccpr', articles: ['6', '7'], says: 'protect the right to life and prohibit torture and cruel, inhuman or degrading treatment', comment: ['CCPR/C/GC/36', 'that States have a heightened duty of care towards persons deprived of their liberty'] };
const ICCPR_17: Citation = { instrument: 'iccpr', articles: ['17'], says: 'protects everyone against arbitrary or unlawful interference with their privacy, family, home or correspondence' };
const ICCPR_18_27: Citation = { instrument: 'iccpr', articles: ['18', '27'], says: 'protect the freedom of religion or belief and the rights of persons belonging to minorities' };
const ICCPR_2_26: Citation = { instrument: 'iccpr', articles: ['2', '26'], says: 'guarantee equality before the law and protection against discrimination on any ground' };
const CAT: Citation = { instrument: 'cat', articles: ['2', '12', '13', '14'], says: 'require prompt and impartial investigation of any act of torture and redress for victims', comment: ['CAT/C/GC/3', 'that redress includes restitution, compensation, rehabilitation and guarantees of non-repetition'] };
const ICESCR_11: Citation = { instrument: 'icescr', articles: ['11'], says: 'recognises the right of everyone to an adequate standard of living, including adequate food and housing', comment: ['E/C.12/GC/26', 'that secure and equitable access to land is essential for the enjoyment of several Covenant rights'] };
const CEDAW_7: Citation = { instrument: 'cedaw', articles: ['2', '7'], says: 'require States to eliminate discrimination against women in political and public life', comment: ['CEDAW/C/GC/35', 'that gender-based violence against women is a form of discrimination the State must act against with due diligence'] };
const CED: Citation = { instrument: 'ced', articles: ['1', '2', '12'], says: 'prohibit enforced disappearance in all circumstances and require an immediate investigation' };
const DECL_HRD: Citation = { instrument: 'declaration-hrd', articles: ['1', '2', '6', '12'], says: 'recognise the right to promote and strive for the protection of human rights and the duty of the State to protect those who do so' };
const UNDRIP: Citation = { instrument: 'undrip', articles: ['10', '26', '32'], says: 'require the free, prior and informed consent of indigenous peoples before projects affecting their lands are approved' };
const UNGPS: Citation = { instrument: 'ungps', articles: ['11', '13', '22'], says: 'set out the responsibility of business enterprises to avoid causing or contributing to adverse human rights impacts' };
const MANDELA: Citation = { instrument: 'mandela-rules', articles: ['24', '43', '44'], says: 'set out the minimum conditions of detention, the provision of health care and the limits on solitary confinement' };
const BPUFF: Citation = { instrument: 'basic-principles-force-firearms', articles: ['4', '5', '13', '14'], says: 'require law enforcement officials to apply non-violent means before resorting to force' };
const LAWYERS: Citation = { instrument: 'basic-principles-lawyers', articles: ['16', '22'], says: 'require that lawyers be able to perform their functions without intimidation or improper interference' };
const MINNESOTA: Citation = { instrument: 'minnesota-protocol', articles: [], says: 'sets out the standards for the investigation of potentially unlawful deaths' };

const BY_THEME: Record<Theme, Citation[]> = {
  arrest: [ICCPR_9, ICCPR_14, ICCPR_19, DECL_HRD, LAWYERS],
  trial: [ICCPR_14, ICCPR_9, ICCPR_19, LAWYERS, DECL_HRD],
  surveillance: [ICCPR_17, ICCPR_19, ICCPR_21_22, DECL_HRD],
  eviction: [ICESCR_11, ICCPR_17, ICCPR_21_22, DECL_HRD],
  land: [ICESCR_11, UNDRIP, UNGPS, DECL_HRD],
  journalist: [ICCPR_19, ICCPR_6_7, ICCPR_9, DECL_HRD],
  protest: [ICCPR_21_22, ICCPR_19, ICCPR_6_7, BPUFF],
  'detention-conditions': [ICCPR_6_7, CAT, MANDELA, ICCPR_9],
  'death-in-custody': [ICCPR_6_7, CAT, MINNESOTA, MANDELA],
  disappearance: [CED, ICCPR_6_7, ICCPR_9, CAT],
  'women-defender': [CEDAW_7, ICCPR_19, ICCPR_21_22, DECL_HRD],
  lgbti: [ICCPR_2_26, ICCPR_6_7, ICCPR_17, ICCPR_21_22],
  religion: [ICCPR_18_27, ICCPR_19, ICCPR_9, ICCPR_2_26],
  legislation: [ICCPR_21_22, ICCPR_19, ICCPR_17, DECL_HRD],
};

export interface AnnexCitations {
  legalReferences: DraftLegalReference[];
  /** What a perfect extraction finds: instruments cited with articles, their articles merged. */
  truth: Array<{ instrument: string; instrumentId: string; articles: string[] }>;
  documentSymbols: string[];
}

/** The sentences after a citation: what it protects (English letters) and its general comment. */
function noteOf(c: Citation, lang: Language): string | undefined {
  const notes: string[] = [];
  if (lang === 'en') notes.push(`${c.articles.length === 0 ? 'It' : c.articles.length === 1 ? 'This provision' : 'These provisions'} ${c.says}.`);
  if (c.comment) {
    const [symbol, gist] = c.comment;
    notes.push(lang === 'fr' ? `Voir également le document ${symbol}.`
      : lang === 'es' ? `Véase también el documento ${symbol}.`
      : `In its interpretation of this provision (${symbol}), the treaty body has made clear ${gist}.`);
  }
  return notes.length ? notes.join(' ') : undefined;
}

/** The citations of a letter's Annex, `count` long (more citations make a longer annex). */
export function annexCitations(theme: Theme, lang: Language, count: number): AnnexCitations {
  const pool = BY_THEME[theme];
  const chosen = pool.slice(0, Math.max(2, Math.min(count, pool.length))).filter((c) => instrumentById(c.instrument));
  const truth = new Map<string, { instrument: string; instrumentId: string; articles: string[] }>();
  for (const c of chosen.filter((x) => x.articles.length > 0)) {
    const inst = instrumentById(c.instrument)!;
    const abbr = inst.abbreviation ?? inst.title;
    const prev = truth.get(abbr);
    if (prev) prev.articles.push(...c.articles.filter((a) => !prev.articles.includes(a)));
    else truth.set(abbr, { instrument: abbr, instrumentId: inst.id, articles: [...c.articles] });
  }
  return {
    legalReferences: chosen.map((c) => ({ instrumentId: c.instrument, articles: c.articles, note: noteOf(c, lang) })),
    truth: [...truth.values()],
    documentSymbols: chosen.flatMap((c) => (c.comment ? [c.comment[0]] : [])),
  };
}
