import { describe, expect, it } from 'vitest';
import { checkDay, daysLeft, isCalendarDay, isLateReply, publicationDateOf, replyDueDate, replyStanding } from './deadlines.js';
import { RapError } from './errors.js';

describe('replyDueDate', () => {
  it('is the letter’s date plus 60 days, across months and leap years', () => {
    expect(replyDueDate('2025-03-18')).toBe('2025-05-17');
    expect(replyDueDate('2024-01-01')).toBe('2024-03-01'); // 2024 has 29 February
    expect(replyDueDate('2025-01-01')).toBe('2025-03-02');
    expect(replyDueDate('2025-11-15')).toBe('2026-01-14');
  });

  it('takes another window when one is given', () => {
    expect(replyDueDate('2025-03-18', 30)).toBe('2025-04-17');
  });

  it('refuses a day that does not exist, naming the field', () => {
    try {
      replyDueDate('2025-04-31');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(RapError);
      expect((e as RapError).location.field).toBe('date');
    }
    expect(() => replyDueDate('2025-03-18', -1)).toThrow(/whole number of days/);
  });
});

describe('publicationDateOf', () => {
  it('is the letter’s date plus 60 days unless another delay is given', () => {
    expect(publicationDateOf('2025-03-18')).toBe('2025-05-17');
    expect(publicationDateOf('2025-03-18', 0)).toBe('2025-03-18');
  });
});

describe('isLateReply', () => {
  it('counts a reply on the due day as on time, the day after as late', () => {
    expect(isLateReply('2025-05-17', '2025-05-17')).toBe(false);
    expect(isLateReply('2025-05-18', '2025-05-17')).toBe(true);
    expect(isLateReply('2025-04-02', '2025-05-17')).toBe(false);
  });
});

describe('replyStanding', () => {
  const due = '2025-05-17';
  it('is awaiting until the due day, included, then overdue', () => {
    expect(replyStanding({ dueDate: due, replyDates: [] }, '2025-03-19')).toBe('awaiting');
    expect(replyStanding({ dueDate: due, replyDates: [] }, due)).toBe('awaiting');
    expect(replyStanding({ dueDate: due, replyDates: [] }, '2025-05-18')).toBe('overdue');
  });

  it('is replied from the day of the first reply, late or not, with several replies', () => {
    expect(replyStanding({ dueDate: due, replyDates: ['2025-06-30'] }, '2025-07-01')).toBe('replied');
    expect(replyStanding({ dueDate: due, replyDates: ['2025-08-01', '2025-04-10'] }, '2025-04-10')).toBe('replied');
  });

  it('does not know on a day of a reply that came later', () => {
    expect(replyStanding({ dueDate: due, replyDates: ['2025-06-30'] }, '2025-06-01')).toBe('overdue');
    expect(replyStanding({ dueDate: due, replyDates: ['2025-06-30'] }, '2025-04-01')).toBe('awaiting');
  });

  it('counts a reply of unknown date as received', () => {
    expect(replyStanding({ dueDate: due, replyDates: [null] }, '2025-09-01')).toBe('replied');
  });
});

describe('days', () => {
  it('says how many days are left, or overdue as a negative number', () => {
    expect(daysLeft('2025-05-17', '2025-05-10')).toBe(7);
    expect(daysLeft('2025-05-17', '2025-05-17')).toBe(0);
    expect(daysLeft('2025-05-17', '2025-06-01')).toBe(-15);
  });

  it('knows a calendar day', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('18 March 2025')).toBe(false);
    expect(() => checkDay('2025-13-01', 'replyDate')).toThrow(/replyDate must be a date/);
  });
});
