import { describe, expect, it } from 'vitest';
import { addDays, findDates, isValidDay, monthNumber, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['18 March 2024', '2024-03-18'],
    ['March 18, 2024', '2024-03-18'],
    ['le 1er mars 2024', '2024-03-01'],
    ['Genève, le 3 février 2023', '2023-02-03'],
    ['18 de marzo de 2024', '2024-03-18'],
    ['2 de diciembre del 2021', '2021-12-02'],
    ['REFERENCE: UA XAA 3/2019 27 May 2019', '2019-05-27'],
    ['on 18/03/2024', '2024-03-18'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('refuses days that do not exist and text with no date', () => {
    expect(parseDate('31 February 2024')).toBeNull();
    expect(parseDate('Excellency,')).toBeNull();
  });
});

describe('findDates', () => {
  it('reports month precision without repeating the month of a full date', () => {
    const found = findDates('In July 2016, she posted. On 11 January 2017, he filed.');
    expect(found.map((d) => [d.date, d.precision])).toEqual([
      ['2016-07-01', 'month'],
      ['2017-01-11', 'day'],
    ]);
  });
  it('reads French and Spanish months', () => {
    expect(findDates('en juillet 2016').map((d) => d.date)).toEqual(['2016-07-01']);
    expect(findDates('en agosto de 2020').map((d) => d.date)).toEqual(['2020-08-01']);
  });
});

describe('addDays', () => {
  it('crosses months and leap days', () => {
    expect(addDays('2024-03-18', 60)).toBe('2024-05-17');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('dates of replies in Russian, Arabic and Chinese', () => {
  it.each([
    ['Женева, 10 мая 2021 года', '2021-05-10'],
    ['от 2 Декабря 2020 г.', '2020-12-02'],
    ['جنيف، 10 أيار/مايو 2021', '2021-05-10'],
    ['المؤرخة 3 كانون الأول/ديسمبر 2022', '2022-12-03'],
    ['جنيف في ١٥ مارس ٢٠٢٣', '2023-03-15'],
    ['2021年5月10日于日内瓦', '2021-05-10'],
    ['2021 年 11 月 3 日', '2021-11-03'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('keeps the place and the text of a date written in Eastern Arabic digits', () => {
    const [d] = findDates('بتاريخ ١٥ مارس ٢٠٢٣، قامت');
    expect(d).toMatchObject({ date: '2023-03-15', precision: 'day', raw: '١٥ مارس ٢٠٢٣' });
  });

  it('reads a Chinese month without a day as the month, and refuses days that do not exist', () => {
    expect(findDates('2020年7月，他被拘留。').map((d) => [d.date, d.precision])).toEqual([['2020-07-01', 'month']]);
    expect(parseDate('31 июня 2021 года')).toBeNull();
    expect(parseDate('2021年2月30日')).toBeNull();
  });
});

describe('isValidDay and monthNumber', () => {
  it('know the length of each month and the leap years, as Date.UTC reads the year', () => {
    const byDate = (y: number, m: number, d: number) => d >= 1 && m >= 1 && m <= 12 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (const year of [0, 24, 99, 100, 1900, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day++) expect(isValidDay(year, month, day)).toBe(byDate(year, month, day));
    }
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(1900, 2, 29)).toBe(false);
  });

  it('reads a month name in any of the three languages, with or without its diacritics and a final dot', () => {
    expect(monthNumber('Février')).toBe(2);
    expect(monthNumber('agosto')).toBe(8);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('Smarch')).toBeUndefined();
  });
});
