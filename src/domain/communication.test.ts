import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommunicationSchema, emptyCommunication, interchangeJsonSchema } from './communication.js';

describe('interchange schema', () => {
  it('accepts an empty record and refuses a malformed reference, naming the field', () => {
    expect(CommunicationSchema.safeParse(emptyCommunication()).success).toBe(true);
    const bad = { ...emptyCommunication(), reference: { type: 'XX', recipient: 'KAZ', number: 1, year: 2024, text: 'XX KAZ 1/2024' } };
    const result = CommunicationSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['reference', 'type']);
  });

  it('is published as a JSON Schema that matches the code (regenerate with `rapporteur schema`)', () => {
    const published = JSON.parse(readFileSync(new URL('../../docs/interchange.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(interchangeJsonSchema());
  });
});
