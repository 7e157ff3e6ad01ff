import { describe, expect, it } from 'vitest';
import * as registry from '../../reference-data/index.js';
import type { Ratification } from '../../reference-data/index.js';
import { draftingContextFrom, resolutionFor } from './registry-context.js';

const context = draftingContextFrom(registry);

describe('draftingContextFrom the project registry', () => {
  it('gives a mandate\u2019s title in the letter\u2019s language, its resolution and its holder for the date', () => {
    expect(context.mandate('sr-freedom-of-assembly-association', '2019-06-01', 'en')).toEqual({
      id: 'sr-freedom-of-assembly-association',
      title: 'Special Rapporteur on the rights to freedom of peaceful assembly and of association',
      body: 'Special Rapporteur',
      resolution: '41/12',
      signatory: 'Clément Nyaletsossi Voule',
    });
    const later = context.mandate('sr-freedom-of-assembly-association', '2025-01-10', 'fr')!;
    expect(later.title).toBe("Rapporteuse spéciale sur le droit de réunion pacifique et la liberté d'association");
    expect(later.resolution).toBe('50/17');
    expect(later.signatory).toBe('Gina Romero');
    expect(context.mandate('sr-nowhere', '2024-01-01', 'en')).toBeNull();
  });

  it('has a Working Group signed by its chair', () => {
    expect(context.mandate('wg-arbitrary-detention', '2024-04-16', 'es')).toMatchObject({ body: 'Working Group', title: 'Grupo de Trabajo sobre la Detención Arbitraria', signatory: 'Elina Steinerte' });
  });

  it('names States in the three languages, and knows no State for OTH or an unknown code', () => {
    expect(['en', 'fr', 'es'].map((l) => context.stateName('XAC', l as 'en'))).toEqual(['Kingdom of Calvera', 'Royaume de Calvera', 'Reino de Calvera']);
    expect(context.stateName('OTH', 'en')).toBeNull();
    expect(context.stateName('XQQ', 'en')).toBeNull();
  });

  it('names instruments in the letter\u2019s language, with the abbreviation that language uses', () => {
    expect(context.instrument('iccpr', 'en')).toEqual({ id: 'iccpr', title: 'International Covenant on Civil and Political Rights', abbreviation: 'ICCPR' });
    expect(context.instrument('iccpr', 'fr')).toEqual({ id: 'iccpr', title: 'Pacte international relatif aux droits civils et politiques', abbreviation: 'PIDCP' });
    expect(context.instrument('cat', 'es')!.abbreviation).toBeNull();
    expect(context.instrument('magna-carta', 'en')).toBeNull();
  });
});

describe('treaty status for the annex', () => {
  const acts: Ratification[] = [
    { state: 'XAD', instrumentId: 'cat', action: 'signature', date: '1999-03-01', source: '' },
    { state: 'XAD', instrumentId: 'cat', action: 'ratification', date: '2004-07-15', source: '' },
    { state: 'XAE', instrumentId: 'cat', action: 'succession', date: '1992-02-02', source: '' },
  ];
  const withActs = draftingContextFrom({ ...registry, treatyActions: (s, i) => acts.filter((a) => a.state === s && a.instrumentId === i) });

  it('is the ratification, accession or succession on or before the letter\u2019s date; a signature alone is none', () => {
    expect(withActs.treatyStatus('XAD', 'cat', '2020-01-01')).toEqual({ action: 'ratification', date: '2004-07-15' });
    expect(withActs.treatyStatus('XAD', 'cat', '2001-01-01')).toBeNull();
    expect(withActs.treatyStatus('XAE', 'cat', '2020-01-01')).toEqual({ action: 'succession', date: '1992-02-02' });
    expect(withActs.treatyStatus('XAF', 'cat', '2020-01-01')).toBeNull();
  });
});

describe('resolutionFor', () => {
  it('is the latest plain HRC resolution adopted by the year, the oldest before any, none without one', () => {
    const m = { ...registry.mandateById('sr-human-rights-defenders')!, resolutions: ['CHR 2000/61', '7/8', '43/16', '52/4'] };
    expect(resolutionFor(m, 2021)).toBe('43/16');
    expect(resolutionFor(m, 2024)).toBe('52/4');
    expect(resolutionFor(m, 2007)).toBe('7/8');
    expect(resolutionFor({ ...m, resolutions: ['CHR 2000/61'] }, 2024)).toBeNull();
  });
});
