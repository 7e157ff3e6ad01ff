import { describe, expect, it } from 'vitest';
import type { ValidEvent } from './case-event.js';
import { eventAuditValues, eventValues } from './case-event-trail.js';

const event = (overrides: Partial<ValidEvent> = {}): ValidEvent => ({
  date: { date: '2024-03', precision: 'month' },
  description: 'Hiding in the safehouse of Velmira',
  place: 'Northern valley',
  source: { kind: 'none' },
  confidential: false,
  ...overrides,
});

describe('eventValues', () => {
  it('lists an event as people read it', () => {
    expect(eventValues(event({ source: { kind: 'submission', submissionId: 3 } }))).toEqual({
      date: 'March 2024', place: 'Northern valley', description: 'Hiding in the safehouse of Velmira', source: 'submission 3', confidential: false,
    });
    expect(eventValues(event({ source: { kind: 'file', fileId: 9 } })).source).toBe('document 9');
    expect(eventValues(event({ source: { kind: 'note', note: 'a call' } })).source).toBe('a call');
  });
});

describe('eventAuditValues', () => {
  it('withholds the words of a confidential event, the note of its source among them', () => {
    expect(eventAuditValues(event())).toEqual(eventValues(event()));
    expect(eventAuditValues(event({ confidential: true, source: { kind: 'note', note: 'a call from Velmira' } }))).toEqual({
      date: 'March 2024', place: '[confidential]', description: '[confidential]', source: '[confidential]', confidential: true,
    });
    expect(eventAuditValues(event({ confidential: true, place: null, source: { kind: 'submission', submissionId: 3 } }))).toMatchObject({ place: null, source: 'submission 3' });
  });
});
