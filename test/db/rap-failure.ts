/** The RapError a promise rejects with; the test fails if it resolves or rejects with anything else. */
import { expect } from 'vitest';
import { RapError } from '../../src/domain/errors.js';

export async function failure(p: Promise<unknown>): Promise<RapError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(RapError);
  return e as RapError;
}
