import { describe, expect, it } from 'vitest';
import { AFFILIATION_MAX, NAME_MAX, personName, rolesOf, SPELLINGS_MAX, spellingsOf } from './case-person-input.js';
import { isRapError } from './errors.js';

/** The error a call throws, for its code, field and words. */
function errorOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isRapError(e)) return { code: e.code, field: e.location.field, detail: e.detail };
    throw e;
  }
  throw new Error('no error thrown');
}

describe('personName', () => {
  it('gives the name with its spaces squashed', () => {
    expect(personName('  Dinara   Smailova ', 'name', 'the name')).toBe('Dinara Smailova');
  });

  it('refuses an empty name, one without letters, and one too long, naming the field', () => {
    expect(errorOf(() => personName('   ', 'name', 'the name'))).toEqual({ code: 'RAP_ERR_INVALID', field: 'name', detail: 'the name is empty' });
    expect(errorOf(() => personName('12 34', 'name', 'the name'))).toEqual({ code: 'RAP_ERR_INVALID', field: 'name', detail: 'the name "12 34" has no letters of a name' });
    expect(errorOf(() => personName('a'.repeat(NAME_MAX + 1), 'name', 'the name')).detail).toBe(`the name is longer than ${NAME_MAX} characters`);
  });
});

describe('spellingsOf', () => {
  it('gives the name first, then the other spellings given, each once', () => {
    expect(spellingsOf('Dinara Smailova', ['Smailova Dinara', '', 'Dinara Smailova', ' Smailova  Dinara '])).toEqual(['Dinara Smailova', 'Smailova Dinara']);
  });

  it('refuses an other spelling without letters, or too many of them', () => {
    expect(errorOf(() => spellingsOf('Dinara Smailova', ['---']))).toMatchObject({ code: 'RAP_ERR_INVALID', field: 'other_names' });
    const many = Array.from({ length: SPELLINGS_MAX + 1 }, (_, i) => `Dinara Smailova ${String.fromCharCode(97 + i)}`);
    expect(errorOf(() => spellingsOf('Dinara Smailova', many))).toMatchObject({ field: 'other_names', detail: `give at most ${SPELLINGS_MAX} other spellings` });
  });
});

describe('rolesOf', () => {
  it('reads roles into codes and keeps the words of an unknown role in the affiliation', () => {
    expect(rolesOf(['journaliste', ''], null)).toEqual({ roles: ['journalist'], affiliation: null });
    expect(rolesOf(['community health worker'], 'Aldoria Clinic')).toEqual({ roles: ['other'], affiliation: 'Aldoria Clinic (role given: community health worker)' });
  });

  it('cuts the affiliation to its limit once the role words are added', () => {
    const { affiliation } = rolesOf(['community health worker'], 'x'.repeat(AFFILIATION_MAX - 10));
    expect(affiliation).toHaveLength(AFFILIATION_MAX);
  });
});
