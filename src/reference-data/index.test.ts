import { describe, expect, it } from 'vitest';
import {
  findInstrument, findMandateByTitle, findStateByName, holdersIn, mandateById, mandates,
  stateByCode, treatyActions, isUserAssignedCode,
} from './index.js';

describe('mandates', () => {
  it('finds a mandate by its current title, a former title and a short name', () => {
    expect(findMandateByTitle('Special Rapporteur on the situation of human rights defenders')?.id).toBe('sr-human-rights-defenders');
    expect(findMandateByTitle('Special Representative of the Secretary-General on human rights defenders')?.id).toBe('sr-human-rights-defenders');
    expect(findMandateByTitle('HRDs')?.id).toBe('sr-human-rights-defenders');
  });
  it('gives the holders in office in a year', () => {
    const foaa = mandateById('sr-freedom-of-assembly-association')!;
    expect(holdersIn(foaa, 2020).map((h) => h.name)).toContain('Clément Nyaletsossi Voule');
    expect(holdersIn(foaa, 2025).map((h) => h.name)).toEqual(['Gina Romero']);
  });
  it('loads every mandate with an id and a title', () => {
    expect(mandates().length).toBeGreaterThanOrEqual(60);
    for (const m of mandates()) expect(m.id && m.title).toBeTruthy();
  });
});

describe('states', () => {
  it('knows States by code and by name in three languages', () => {
    expect(stateByCode('mne')?.name.en).toBe('Montenegro');
    expect(findStateByName('Monténégro')?.code).toBe('MNE');
    expect(findStateByName('the Islamic Republic of Iran')?.code).toBe('IRN');
    expect(findStateByName('Kazajistán')?.code).toBe('KAZ');
    expect(stateByCode('OTH')?.name.en).toBe('Other actors');
  });
  it('treats user-assigned codes as fictional, not real', () => {
    expect(isUserAssignedCode('XAA')).toBe(true);
    expect(isUserAssignedCode('KAZ')).toBe(false);
    expect(stateByCode('XAA')?.fictional).toBe(true);
    expect(findStateByName('Republic of Aldovia')?.code).toBe('XAA');
  });
});

describe('instruments and ratifications', () => {
  it('finds instruments by abbreviation and alias', () => {
    expect(findInstrument('ICCPR')?.id).toBe('iccpr');
    expect(findInstrument('UN Declaration on Human Rights Defenders')?.id).toBe('declaration-hrd');
  });
  it('gives a State ratification of the ICCPR', () => {
    const kaz = treatyActions('KAZ', 'iccpr');
    expect(kaz.find((a) => a.action === 'ratification')?.date).toBe('2006-01-24');
  });
});
