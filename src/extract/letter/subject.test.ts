import { describe, expect, it } from 'vitest';
import { readSubject } from './subject.js';

describe('readSubject', () => {
  it('takes a bold subject running to the end of the paragraph', () => {
    expect(readSubject(['we would like to bring to your attention information we have received concerning the **alleged detention of Ms. Orla Vantrees.**'])?.subject)
      .toBe('alleged detention of Ms. Orla Vantrees');
  });
  it('takes the first sentence when nothing is bold, not stopping at "Mr."', () => {
    expect(readSubject(['information I have received regarding the arrest of Mr. **Ravel Ostrov**, an editor. He was held.'])?.subject)
      .toBe('the arrest of Mr. Ravel Ostrov, an editor');
  });
  it('reads French and Spanish subjects', () => {
    expect(readSubject(['des informations que nous avons reçues concernant la détention de M. Tomas Ferrandel.'])?.subject).toBe('la détention de M. Tomas Ferrandel');
    expect(readSubject(['la información que hemos recibido en relación con las amenazas contra la Sra. Lucía Varendo.'])?.subject).toBe('las amenazas contra la Sra. Lucía Varendo');
  });
});
