import { describe, expect, it } from 'vitest';
import { InvalidInput } from './form-failures.js';
import { checkTriage, clip, victimsOf } from './triage.js';

function refusal(fn: () => unknown): InvalidInput {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInput);
    return e as InvalidInput;
  }
  throw new Error('expected an InvalidInput');
}

describe('checkTriage', () => {
  it('reads a new case with its title, or an existing case by its id', () => {
    expect(checkTriage({ target: 'new', title: ' Detention of\nMirela ' })).toEqual({ target: 'new', title: 'Detention of Mirela' });
    expect(checkTriage({ target: 'existing', caseId: 4 })).toEqual({ target: 'existing', caseId: 4 });
  });

  it('names the field that is missing', () => {
    expect(refusal(() => checkTriage({ target: 'new', title: '  ' })).fields).toEqual({ title: 'Give the case a title.' });
    expect(refusal(() => checkTriage({ target: 'existing', caseId: null })).fields).toEqual({ case_id: 'Choose the case to add the submission to.' });
    expect(refusal(() => checkTriage({ target: 'existing', caseId: 1.5 })).location.field).toBe('case_id');
    expect(refusal(() => checkTriage({ target: 'elsewhere' })).location.field).toBe('target');
  });
});

describe('victimsOf', () => {
  it('reads the victims as intake stored them, dropping what is not of the expected kind', () => {
    expect(victimsOf([{ name: 'Mirela Dantsova', otherNames: ['Mirela Dantsowa', 3], gender: 'female', role: ' journalist ', consentToState: true, consentPublic: 'yes' }, null])).toEqual([
      { name: 'Mirela Dantsova', otherNames: ['Mirela Dantsowa'], gender: 'female', role: 'journalist', consentToState: true, consentPublic: null },
      { name: '', otherNames: [], gender: null, role: null, consentToState: null, consentPublic: null },
    ]);
    expect(victimsOf({ name: 'not a list' })).toEqual([]);
  });
});

describe('clip', () => {
  it('keeps a text that fits and cuts a long one at a word, marked as cut', () => {
    expect(clip('Port Aldo', 20)).toBe('Port Aldo');
    expect(clip('detained by police at the harbour', 20)).toBe('detained by police …');
    expect(clip('x'.repeat(30), 20)).toBe(`${'x'.repeat(18)} …`);
  });
});
