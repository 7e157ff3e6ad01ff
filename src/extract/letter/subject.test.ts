import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSubject } from './subject.js';

// The English attention formula as the real letters write it: read from ../shared at run time
// (the test using it is skipped when absent); the rest of those sentences is our own.
const realLetter = new URL('../../../../shared/corpus/AL_MNE_2_2024.txt', import.meta.url);
const attention = existsSync(realLetter) ? /\battention\b[^.]*?\bGovernment\b/.exec(readFileSync(realLetter, 'utf8'))?.[0] : undefined;

describe('readSubject', () => {
  it('takes a bold subject running to the end of the paragraph', () => {
    expect(readSubject(['we would like to bring to your attention information we have received concerning the **alleged detention of Ms. Orla Vantrees.**'])?.subject)
      .toBe('alleged detention of Ms. Orla Vantrees');
  });
  it('takes the first sentence when nothing is bold, not stopping at "Mr."', () => {
    expect(readSubject(['information I have received regarding the arrest of Mr. **Ravel Ostrov**, an editor. He was held.'])?.subject)
      .toBe('the arrest of Mr. Ravel Ostrov, an editor');
  });
  it('reads the shorter leads of older letters: information or allegations received', () => {
    expect(readSubject(['we would like to draw your attention to information received concerning the arrest of Mr. Ivo Darnel. He was held.'])?.subject).toBe('the arrest of Mr. Ivo Darnel');
    expect(readSubject(['to information we received regarding the detention of Ms. Ana Vey.'])?.subject).toBe('the detention of Ms. Ana Vey');
    expect(readSubject(['to allegations received concerning the killing of Mr. Tomas Brel.'])?.subject).toBe('the killing of Mr. Tomas Brel');
  });
  it('reads French and Spanish subjects', () => {
    expect(readSubject(['des informations que nous avons reçues concernant la détention de M. Tomas Ferrandel.'])?.subject).toBe('la détention de M. Tomas Ferrandel');
    expect(readSubject(['la información que hemos recibido en relación con las amenazas contra la Sra. Lucía Varendo.'])?.subject).toBe('las amenazas contra la Sra. Lucía Varendo');
  });
  it('reads what a letter on legislation comments on, without its asides', () => {
    expect(readSubject(['In this connection, we would like to offer the following comments on the draft Law "On Public Associations" (hereinafter "the draft Law"), which was adopted on 12 May 2023.'])?.subject)
      .toBe('the draft Law "On Public Associations"');
    expect(readSubject(["Nous souhaiterions vous faire part de nos préoccupations concernant le projet de loi n° 21-04 sur les associations, qui a été adopté."])?.subject)
      .toBe('le projet de loi n° 21-04 sur les associations');
    expect(readSubject(['Quisiéramos presentar los siguientes comentarios sobre la Ley de Agentes Extranjeros.'])?.subject).toBe('la Ley de Agentes Extranjeros');
  });
  it('prefers the information received, and does not take the questions\' introduction for a subject', () => {
    expect(readSubject(['We have concerns about the law.', 'information we have received concerning the arrest of Mr. Ravel Ostrov.'])?.subject).toBe('the arrest of Mr. Ravel Ostrov');
    expect(readSubject(['we would welcome your observations on the following matters:'])).toBeNull();
  });
  it('reads, last, what the letter draws the Government\'s attention to, without when it was adopted', () => {
    expect(readSubject(['Nous souhaiterions attirer l’attention du Gouvernement de Votre Excellence sur le projet de loi n° 2022-117 relatif à la sécurité numérique, adopté en première lecture le 3 août 2022.'])?.subject)
      .toBe('le projet de loi n° 2022-117 relatif à la sécurité numérique');
  });
  it.skipIf(!attention)('reads the English attention formula of the real letters, only when it says to what', () => {
    expect(readSubject([`Our letter raises, for urgent ${attention}, the Law on Public Associations.`])).toBeNull();
    expect(readSubject([`we call urgent ${attention} to the Law on Public Associations, passed by Parliament on 2 May 2023.`])?.subject)
      .toBe('the Law on Public Associations');
  });
});
