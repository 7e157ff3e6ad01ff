import { describe, expect, it } from 'vitest';
import { isPersonRole, keepUnrecognised, normalizeRoles, PERSON_ROLE_CODES, roleLabel } from './person-roles.js';

describe('normalizeRoles', () => {
  it('reads roles written in English, French and Spanish', () => {
    expect(normalizeRoles(['human rights defender']).roles).toEqual(['defender']);
    expect(normalizeRoles(['Journaliste']).roles).toEqual(['journalist']);
    expect(normalizeRoles(['periodista']).roles).toEqual(['journalist']);
    expect(normalizeRoles(['abogada']).roles).toEqual(['lawyer']);
    expect(normalizeRoles(['Défenseure des droits humains']).roles).toEqual(['defender']);
    expect(normalizeRoles(['syndicaliste']).roles).toEqual(['trade-unionist']);
    expect(normalizeRoles(['líder indígena']).roles).toEqual(['indigenous-leader']);
    expect(normalizeRoles(['étudiante']).roles).toEqual(['student']);
    expect(normalizeRoles(['testigo']).roles).toEqual(['witness']);
    expect(normalizeRoles(['mother of the victim']).roles).toEqual(['relative']);
  });

  it('takes the most specific role: an environmental defender is not also a defender', () => {
    expect(normalizeRoles(['environmental human rights defender']).roles).toEqual(['environmental-defender']);
    expect(normalizeRoles(['defensora del territorio']).roles).toEqual(['environmental-defender']);
  });

  it('reads several roles in one text, and codes and labels as they are', () => {
    const r = normalizeRoles(['journalist and human rights defender', 'trade-unionist', 'Witness']);
    expect(r.roles).toEqual(['defender', 'journalist', 'trade-unionist', 'witness']);
    expect(r.unrecognised).toEqual([]);
  });

  it('does not read the French possessive "son" as a relative', () => {
    expect(normalizeRoles(['son avocat']).roles).toEqual(['lawyer']);
  });

  it('gives other for words it does not know, and returns them to be kept', () => {
    const r = normalizeRoles(['community health worker', '  ']);
    expect(r.roles).toEqual(['other']);
    expect(r.unrecognised).toEqual(['community health worker']);
  });

  it('keeps a known role and the words around it that say more', () => {
    const r = normalizeRoles(['journalist at Radio Free Aldoria']);
    expect(r.roles).toEqual(['journalist']);
    expect(r.unrecognised).toEqual(['journalist at Radio Free Aldoria']);
  });
});

describe('keepUnrecognised', () => {
  it('puts the words of an unknown role in the affiliation, once', () => {
    expect(keepUnrecognised(null, ['community health worker'])).toBe('role given: community health worker');
    expect(keepUnrecognised('Aldoria Clinic', ['community health worker'])).toBe('Aldoria Clinic (role given: community health worker)');
    expect(keepUnrecognised('role given: nurse', ['nurse'])).toBe('role given: nurse');
    expect(keepUnrecognised('Aldoria Clinic', [])).toBe('Aldoria Clinic');
  });
});

describe('the list of roles', () => {
  it('has a label for every code, and nothing else is a role', () => {
    for (const code of PERSON_ROLE_CODES) expect(roleLabel(code)).not.toBe(code);
    expect(isPersonRole('defender')).toBe(true);
    expect(isPersonRole('toString')).toBe(false);
    expect(roleLabel('victim')).toBe('victim');
  });
});
