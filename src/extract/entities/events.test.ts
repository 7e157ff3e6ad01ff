import { describe, expect, it } from 'vitest';
import { extractEvents } from './events.js';
import type { EntityInput } from './input.js';

const letter = (paragraphs: string[], facts?: EntityInput['facts']): EntityInput => ({
  language: 'en',
  paragraphs,
  subject: null,
  exclude: [],
  ...(facts ? { facts } : {}),
});

describe('extractEvents', () => {
  const paragraphs = [
    'We have the honour to address you. This letter follows our communication of 2 February 2023.',
    'According to the information received:',
    'In July 2016, Ms. Vostek opened a **hotline**. Since 2017, she has been harassed.',
    'On 12 January 2024, police placed her on a national wanted list, and on 9 February 2024, on an international wanted list.',
    'Between October 2023 and March 2024, she was followed. In late 2019 the law was amended.',
    'While we do not wish to prejudge these reports, we are concerned.',
    'We would appreciate receiving a response within 60 days, by 3 June 2024.',
  ];

  it('drops dated sentences about the letter, the law or a reference, in any case', () => {
    const events = extractEvents(letter([
      'On 4 May 2023 the State ratified by decree the Covenant.',
      'Our letter al xab 3/2023 of 5 May 2023 went unanswered.',
      'On 6 May 2023 she was arrested; see also 2/2023 of 7 May 2023.',
    ]));
    expect(events.map((e) => e.date)).toEqual(['2023-05-06', '2023-05-07']);
  });

  it('keeps only the facts section and gives each date its precision', () => {
    const events = extractEvents(letter(paragraphs, { start: 1, end: 5 }));
    expect(events.map((e) => [e.date, e.precision])).toEqual([
      ['2016-07-01', 'month'],
      ['2017-01-01', 'year'],
      ['2024-01-12', 'day'],
      ['2024-02-09', 'day'],
      ['2023-10-01', 'month'],
      ['2024-03-01', 'month'],
      ['2019-01-01', 'year'],
    ]);
    expect(events[0]!.text).toBe('In July 2016, Ms. Vostek opened a hotline.');
  });
  it('gives each date of a sentence its own clause, and a range the whole clause', () => {
    const events = extractEvents(letter(paragraphs, { start: 1, end: 5 }));
    expect(events[2]!.text).toBe('On 12 January 2024, police placed her on a national wanted list');
    expect(events[3]!.text).toBe('and on 9 February 2024, on an international wanted list.');
    expect(events[4]!.text).toBe(events[5]!.text);
  });
  it('finds the facts by their opening and closing words when the frame gives no range', () => {
    const dates = extractEvents(letter(paragraphs)).map((e) => e.date);
    expect(dates).not.toContain('2023-02-02');
    expect(dates).not.toContain('2024-06-03');
    expect(dates).toContain('2016-07-01');
  });
  it('reads French and Spanish dates and years', () => {
    const fr = extractEvents({ ...letter(['Le 1er mars 2022, M. Kessé a été arrêté. Depuis 2019, il est surveillé.']), language: 'fr' });
    expect(fr.map((e) => [e.date, e.precision])).toEqual([['2022-03-01', 'day'], ['2019-01-01', 'year']]);
    const es = extractEvents({ ...letter(['El 5 de mayo de 2021 fue detenida. A finales de 2020 recibió amenazas.']), language: 'es' });
    expect(es.map((e) => [e.date, e.precision])).toEqual([['2021-05-05', 'day'], ['2020-01-01', 'year']]);
  });
  it('does not read numbers and years of instruments as dates', () => {
    expect(extractEvents(letter(['Police took data of 7,053 customers under the Protocol of 1967 and resolution 2019/12.']))).toEqual([]);
  });
});

describe('days written without their year, and ranges of days', () => {
  const dates = (paragraphs: string[], language: EntityInput['language'] = 'en') =>
    extractEvents({ ...letter(paragraphs, { start: 0, end: paragraphs.length }), language }).map((e) => [e.date, e.precision]);

  it('dates a day without its year by the facts before it, the next year when it would come earlier', () => {
    expect(dates(['On 6 May 2023, she was brought before a judge.', 'On 14 June, the court extended her detention. On June 20, her lawyer appealed.'])).toEqual([
      ['2023-05-06', 'day'],
      ['2023-06-14', 'day'],
      ['2023-06-20', 'day'],
    ]);
    expect(dates(['Le 28 décembre 2022, M. Kone aurait été arrêté.', 'Le 3 janvier, il aurait été libéré.'], 'fr')).toEqual([
      ['2022-12-28', 'day'],
      ['2023-01-03', 'day'],
    ]);
    expect(dates(['El 3 de marzo de 2021, la Sra. Ruiz fue detenida. El 15 de abril, fue liberada.'], 'es')).toEqual([
      ['2021-03-03', 'day'],
      ['2021-04-15', 'day'],
    ]);
  });

  it('gives no date to a day when the facts gave no year before it, nor to a modal or a march', () => {
    expect(dates(['On 14 June, the court extended her detention.'])).toEqual([]);
    expect(dates(['On 6 May 2023, she was arrested.', 'Protesters may 12 times march 5 kilometres.'])).toEqual([['2023-05-06', 'day']]);
  });

  it('dates a range of days by its first', () => {
    expect(dates(['Between 2 and 5 May 2023, she was held incommunicado.'])).toEqual([['2023-05-02', 'day']]);
    expect(dates(['Du 3 au 5 juin 2022, il aurait été interrogé sans avocat.'], 'fr')).toEqual([['2022-06-03', 'day']]);
  });
});
