import { describe, expect, it } from 'vitest';
import { countRedactions } from './redactions.js';

describe('countRedactions', () => {
  it('counts redacted passages in three languages', () => {
    expect(countRedactions('held in [REDACTED] by [REDACTED]')).toBe(2);
    expect(countRedactions('détenu à [CAVIARDÉ]; retenida en [TACHADO]')).toBe(2);
    expect(countRedactions('nothing hidden [sic]')).toBe(0);
  });
});
