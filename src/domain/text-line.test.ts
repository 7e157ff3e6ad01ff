import { describe, expect, it } from 'vitest';
import { isRapError } from './errors.js';
import { lineOf, requiredLineOf } from './text-line.js';

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isRapError(e)) return `${e.location.field}: ${e.detail}`;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('lineOf', () => {
  it('squashes spaces and gives null for nothing', () => {
    expect(lineOf('  Aldoria \n Bar ', 'affiliation', 'the affiliation', 50)).toBe('Aldoria Bar');
    expect(lineOf('   ', 'affiliation', 'the affiliation', 50)).toBeNull();
    expect(lineOf(null, 'affiliation', 'the affiliation', 50)).toBeNull();
    expect(lineOf(undefined, 'affiliation', 'the affiliation', 50)).toBeNull();
  });

  it('refuses a line longer than its limit', () => {
    expect(lineOf('abcde', 'role', 'a role', 5)).toBe('abcde');
    expect(messageOf(() => lineOf('abcdef', 'role', 'a role', 5))).toBe('role: a role is longer than 5 characters');
  });

  it('refuses control characters and the overrides that make a name read backwards', () => {
    expect(messageOf(() => lineOf('Dinara\u0007Smailova', 'name', 'the name', 50))).toBe('name: the name contains control characters');
    expect(messageOf(() => lineOf('Dinara \u202eavolimS', 'name', 'the name', 50))).toBe('name: the name contains control characters');
    expect(messageOf(() => lineOf('Dinara \u2067Smailova\u2069', 'name', 'the name', 50))).toBe('name: the name contains control characters');
  });
});

describe('requiredLineOf', () => {
  it('refuses an empty line, naming the field', () => {
    expect(requiredLineOf(' Aldoria ', 'name', 'the name', 50)).toBe('Aldoria');
    expect(messageOf(() => requiredLineOf('  ', 'name', 'the name', 50))).toBe('name: the name is empty');
  });
});
