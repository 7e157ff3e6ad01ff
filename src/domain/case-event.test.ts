import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  eventDateFromIso,
  eventDateFromParts,
  formatEventDate,
  partsOf,
  sortTimeline,
  type EventDate,
} from './case-event.js';

const TODAY = new Date('2025-06-01T10:00:00Z');

describe('eventDateFromParts', () => {
  it('keeps the precision the fields give', () => {
    expect(eventDateFromParts({ year: '2024' }, TODAY)).toEqual({ ok: true, value: { date: '2024', precision: 'year' } });
    expect(eventDateFromParts({ year: '2024', month: '3' }, TODAY)).toEqual({ ok: true, value: { date: '2024-03', precision: 'month' } });
    expect(eventDateFromParts({ year: '2024', month: '03', day: '5' }, TODAY)).toEqual({ ok: true, value: { date: '2024-03-05', precision: 'day' } });
    expect(eventDateFromParts({ year: ' ', month: '', day: '' }, TODAY)).toEqual({ ok: true, value: { date: null, precision: 'unknown' } });
  });

  it('refuses days that do not exist, naming the field', () => {
    expect(eventDateFromParts({ year: '2023', month: '2', day: '29' }, TODAY)).toEqual({ ok: false, errors: { day: 'February 2023 has no day 29.' } });
    expect(eventDateFromParts({ year: '2024', month: '2', day: '29' }, TODAY).ok).toBe(true);
    expect(eventDateFromParts({ year: '2024', month: '13' }, TODAY)).toMatchObject({ ok: false, errors: { month: 'The month is a number from 1 to 12.' } });
    expect(eventDateFromParts({ year: '2024', month: '0' }, TODAY).ok).toBe(false);
    expect(eventDateFromParts({ year: '24' }, TODAY)).toMatchObject({ ok: false, errors: { year: expect.stringContaining('four digits') } });
    expect(eventDateFromParts({ year: '1850' }, TODAY).ok).toBe(false);
  });

  it('asks for the coarser field when a finer one comes alone', () => {
    expect(eventDateFromParts({ month: '3' }, TODAY)).toMatchObject({ ok: false, errors: { year: expect.stringContaining('year') } });
    expect(eventDateFromParts({ year: '2024', day: '5' }, TODAY)).toMatchObject({ ok: false, errors: { month: expect.stringContaining('month') } });
  });

  it('accepts tomorrow (time zones) but nothing later', () => {
    expect(eventDateFromParts({ year: '2025', month: '6', day: '2' }, TODAY).ok).toBe(true);
    expect(eventDateFromParts({ year: '2025', month: '6', day: '3' }, TODAY)).toMatchObject({ ok: false, errors: { day: expect.stringContaining('future') } });
    expect(eventDateFromParts({ year: '2025', month: '7' }, TODAY)).toMatchObject({ ok: false, errors: { month: expect.stringContaining('future') } });
    expect(eventDateFromParts({ year: '2026' }, TODAY)).toMatchObject({ ok: false, errors: { year: expect.stringContaining('future') } });
    // The current month and year have begun: they are not in the future.
    expect(eventDateFromParts({ year: '2025', month: '6' }, TODAY).ok).toBe(true);
    expect(eventDateFromParts({ year: '2025' }, TODAY).ok).toBe(true);
  });
});

describe('eventDateFromIso', () => {
  it('reads partial ISO dates and refuses other shapes', () => {
    expect(eventDateFromIso('2024-03', TODAY)).toEqual({ ok: true, value: { date: '2024-03', precision: 'month' } });
    expect(eventDateFromIso(null, TODAY)).toEqual({ ok: true, value: { date: null, precision: 'unknown' } });
    expect(eventDateFromIso('03/2024', TODAY).ok).toBe(false);
    expect(eventDateFromIso('2024-02-30', TODAY)).toMatchObject({ ok: false, errors: { date: expect.stringContaining('no day 30') } });
  });
});

describe('formatEventDate', () => {
  it('writes each precision as people say it', () => {
    expect(formatEventDate({ date: '2024-03-05', precision: 'day' })).toBe('5 March 2024');
    expect(formatEventDate({ date: '2024-03', precision: 'month' })).toBe('March 2024');
    expect(formatEventDate({ date: '2024', precision: 'year' })).toBe('2024');
    expect(formatEventDate({ date: null, precision: 'unknown' })).toBe('date unknown');
  });

  it('gives back the fields of a date for an edit form', () => {
    expect(partsOf({ date: '2024-03-05', precision: 'day' })).toEqual({ year: '2024', month: '3', day: '5' });
    expect(partsOf({ date: null, precision: 'unknown' })).toEqual({ year: '', month: '', day: '' });
  });
});

describe('sortTimeline', () => {
  it('puts unknown dates last and a coarser date before the finer ones of its period', () => {
    const ev = (id: number, date: string | null): EventDate & { id: number } => ({ id, date, precision: date === null ? 'unknown' : 'day' });
    const sorted = sortTimeline([ev(1, null), ev(2, '2024-03-05'), ev(3, '2024'), ev(4, '2024-03'), ev(5, '2023-12-31'), ev(6, '2024-02-10'), ev(7, '2024-03-05')]);
    expect(sorted.map((e) => e.id)).toEqual([5, 3, 6, 4, 2, 7, 1]);
  });
});

describe('checkEvent', () => {
  it('accepts an event with a description, a place and a note as source', () => {
    const checked = checkEvent({ year: '2024', month: '3', description: '  Detained at the border.\r\nReleased later. ', place: ' Port  Aldo ', source: 'note', sourceNote: 'Phone call with the family' }, TODAY);
    expect(checked).toEqual({
      ok: true,
      value: {
        date: { date: '2024-03', precision: 'month' },
        description: 'Detained at the border.\nReleased later.',
        place: 'Port Aldo',
        source: { kind: 'note', note: 'Phone call with the family' },
        confidential: false,
      },
    });
  });

  it('names every field that is wrong', () => {
    const checked = checkEvent({ year: '2024', month: '14', description: '', place: 'x'.repeat(201), source: 'elsewhere' }, TODAY);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['description', 'month', 'place', 'source']);
    expect(checked.errors.description).toBe('Describe what happened.');
    expect(checked.errors.place).toContain('the limit is 200');
  });

  it('refuses a description over 5,000 characters or with control characters', () => {
    expect(checkEvent({ description: 'a'.repeat(5001) }, TODAY)).toMatchObject({ ok: false, errors: { description: expect.stringContaining('5,000') } });
    expect(checkEvent({ description: 'a\u0000b' }, TODAY)).toMatchObject({ ok: false, errors: { description: expect.stringContaining('control characters') } });
    expect(checkEvent({ description: 'a'.repeat(5000) }, TODAY).ok).toBe(true);
  });

  it('reads a submission or a document as the source, and a note chosen without text is an error', () => {
    expect(checkEvent({ description: 'x', source: 'submission:12' }, TODAY)).toMatchObject({ ok: true, value: { source: { kind: 'submission', submissionId: 12 } } });
    expect(checkEvent({ description: 'x', source: 'file:3', confidential: true }, TODAY)).toMatchObject({ ok: true, value: { source: { kind: 'file', fileId: 3 }, confidential: true } });
    expect(checkEvent({ description: 'x', source: 'note' }, TODAY)).toMatchObject({ ok: false, errors: { source_note: expect.any(String) } });
    expect(checkEvent({ description: 'x' }, TODAY)).toMatchObject({ ok: true, value: { source: { kind: 'none' } } });
  });
});
