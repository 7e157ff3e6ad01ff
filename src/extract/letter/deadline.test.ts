import { describe, expect, it } from 'vitest';
import { readDeadline } from './deadline.js';

describe('readDeadline', () => {
  it.each([
    ['We would appreciate receiving a response within 60 days.', 60],
    ['I would appreciate a response within sixty days.', 60],
    ['une réponse dans un délai de 60 jours', 60],
    ['recibir una respuesta en un plazo de 60 días', 60],
    ['una respuesta dentro de un plazo de sesenta días', 60],
  ])('reads %s', (text, days) => {
    expect(readDeadline([text])).toBe(days);
  });
  it('takes no deadline from when the letter is made public, and finds it beside that sentence', () => {
    expect(readDeadline(['This letter and any answer of the Government will be made public on our website within 60 days.'])).toBeNull();
    expect(readDeadline(['Cette communication sera rendue publique dans un délai de 60 jours.', 'Nous vous serions reconnaissants de recevoir une réponse dans un délai de 90 jours.'])).toBe(90);
    expect(readDeadline(['We would appreciate receiving a response within 60 days. After that, this letter will be made public.'])).toBe(60);
    expect(readDeadline(['We would appreciate a response within 60 days, after which this letter will be made public.'])).toBe(60);
  });
  it('knows the publication sentence in every language and agreement', () => {
    expect(readDeadline(['Esta comunicación y toda respuesta recibida se harán públicas a través del sitio web de comunicaciones en un plazo de 60 días.'])).toBeNull();
    expect(readDeadline(['Esta comunicación se hará pública en un plazo de 60 días.', 'Sería de agradecer recibir una respuesta en un plazo de 45 días.'])).toBe(45);
    expect(readDeadline(['Ce courrier sera publié sur le site des communications dans un délai de 60 jours.'])).toBeNull();
  });
  it('is not fooled by a sentence of days in the facts', () => {
    expect(readDeadline(['He was sentenced to 30 days of detention.'])).toBeNull();
  });
});
