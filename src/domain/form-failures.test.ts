import { describe, expect, it } from 'vitest';
import { RapError } from './errors.js';
import { fieldErrorsOf, InvalidInput, notFound, unwrap } from './form-failures.js';

describe('fieldErrorsOf', () => {
  it('gives the messages of bad input by field', () => {
    expect(fieldErrorsOf(new InvalidInput({ title: 'Give the case a title.', status: 'A case is open or closed.' }))).toEqual({ title: 'Give the case a title.', status: 'A case is open or closed.' });
  });

  it('makes a sentence of a failure of the record, at its field or at `_`', () => {
    expect(fieldErrorsOf(notFound('there is no case #4', 'case_id'))).toEqual({ case_id: 'There is no case #4.' });
    expect(fieldErrorsOf(new RapError('RAP_ERR_CONFLICT', 'AL XAA 1/2024 is already linked to this case'))).toEqual({ _: 'AL XAA 1/2024 is already linked to this case.' });
    expect(fieldErrorsOf(new RapError('RAP_ERR_FILE_TOO_LARGE', 'statement.pdf is 30 MB', { file: 'statement.pdf' }))).toEqual({ _: 'statement.pdf is 30 MB.' });
  });

  it('leaves any other failure to the server', () => {
    expect(fieldErrorsOf(new RapError('RAP_ERR_KEY', 'no key'))).toBeNull();
    expect(fieldErrorsOf(new Error('connection refused'))).toBeNull();
  });
});

describe('unwrap', () => {
  it('gives the value of a passed check and throws the messages of a failed one', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    expect(() => unwrap({ ok: false, errors: { year: 'The year is written with four digits.' } })).toThrow(InvalidInput);
  });
});
