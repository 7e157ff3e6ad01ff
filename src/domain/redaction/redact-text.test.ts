import { describe, expect, it } from 'vitest';
import { isRapError } from '../errors.js';
import type { HiddenContent } from './hidden.js';
import { hiddenSpellingsIn } from './leftover-spellings.js';
import { redactText, redactTextCounted } from './redact-text.js';

const zarina: HiddenContent = { names: [['Zarina Tolkunova', 'Tolkunova Zarina']], passages: [] };
const redacted = (text: string, hidden: Partial<HiddenContent> = {}) => redactText(text, { ...zarina, ...hidden });

describe('hiding a person', () => {
  it('hides the whole name and leaves the title: "Ms. Zarina Tolkunova" reads "Ms. [REDACTED]"', () => {
    expect(redacted('We write about Ms. Zarina Tolkunova, a defender.')).toBe('We write about Ms. [REDACTED], a defender.');
  });

  it('hides the surname alone and the given name alone', () => {
    expect(redacted('Ms. Tolkunova left. Zarina stayed.')).toBe('Ms. [REDACTED] left. [REDACTED] stayed.');
  });

  it('ignores case and diacritics, both ways', () => {
    const h = { names: [['Clément Abéla Vourdu']], passages: [] };
    expect(redactText('CLEMENT ABELA VOURDU and clément, Vourdú.', h)).toBe('[REDACTED] and [REDACTED], [REDACTED].');
  });

  it('hides a name broken across a line break, or hyphenated across one', () => {
    expect(redacted('said that Zarina\nTolkunova was followed')).toBe('said that [REDACTED] was followed');
    expect(redacted('followed Ms. Tolku-\nnova home')).toBe('followed Ms. [REDACTED] home');
  });

  it("keeps the possessive mark after the name: Tolkunova's, Tolkunova’s", () => {
    expect(redacted("Tolkunova's lawyer and Ms. Tolkunova’s posts")).toBe("[REDACTED]'s lawyer and Ms. [REDACTED]’s posts");
  });

  it('hides the name inside bold and keeps the bold marks balanced', () => {
    expect(redacted('**Subject: surveillance of Ms. Zarina Tolkunova**')).toBe('**Subject: surveillance of Ms. [REDACTED]**');
    expect(redacted('**Zarina** Tolkunova')).toBe('**[REDACTED]** [REDACTED]');
  });

  it('hides another transliteration, an initial and a name inside a hashtag', () => {
    const h = { names: [['Aigul Dorbayeva']], passages: [] };
    expect(redactText('Ms. Dorbaeva, A. Dorbayeva and #FreeDorbayeva', h)).toBe('Ms. [REDACTED], [REDACTED] and #[REDACTED]');
  });

  it('leaves a short name word that is also a common word, but hides it where it is plainly the person', () => {
    const h = { names: [['Li Wei'], ['Carlos de Souza']], passages: [] };
    expect(redactText('The li river; Mr. Li was there; so was Wei Li.', h)).toBe('The li river; Mr. [REDACTED] was there; so was [REDACTED].');
    expect(redactText('the arrest de facto of de Souza and of Carlos de Souza', h)).toBe('the arrest de facto of [REDACTED] and of [REDACTED]');
  });

  it('never hides a lone short word, even when it is a whole spelling', () => {
    expect(redactText('li is a unit of length; Ms. Li travelled', { names: [['Li']], passages: [] })).toBe('li is a unit of length; Ms. [REDACTED] travelled');
  });

  it('leaves the words of a public name alone, but hides them when they stand for the hidden person', () => {
    const h = { names: [['Mara Ostrova']], passages: [], keep: ['Mara Lindqvist'] };
    expect(redactText('Ms. Mara Ostrova wrote to Mara. Mara Lindqvist signed.', h)).toBe('Ms. [REDACTED] wrote to [REDACTED]. Mara Lindqvist signed.');
  });

  it('counts the marks it writes', () => {
    expect(redactTextCounted('Zarina Tolkunova met Tolkunova.', zarina)).toEqual({ text: '[REDACTED] met [REDACTED].', replaced: 2 });
    expect(redactTextCounted('nothing here', zarina)).toEqual({ text: 'nothing here', replaced: 0 });
  });
});

describe('a word of a name that is also a place (commonWords)', () => {
  const jordan: HiddenContent = { names: [['Jordan Vellis']], passages: [], commonWords: ['Jordan', 'Aldovia'] };

  it('is hidden where it is plainly the person, and left alone where it is the place', () => {
    expect(redactText('Mr. Jordan Vellis wrote to the Government of Jordan. Mr. Jordan replied; Vellis left Jordan.', jordan))
      .toBe('Mr. [REDACTED] wrote to the Government of Jordan. Mr. [REDACTED] replied; [REDACTED] left Jordan.');
  });

  it('without the list, is hidden everywhere, the place too', () => {
    expect(redactText('Mr. Jordan Vellis wrote to the Government of Jordan.', { ...jordan, commonWords: [] }))
      .toBe('Mr. [REDACTED] wrote to the Government of [REDACTED].');
  });

  it('left as the place, is not taken for a name the copy still shows', () => {
    expect(hiddenSpellingsIn('the Government of Jordan', jordan)).toEqual([]);
    expect(hiddenSpellingsIn('the Government of Jordan', { ...jordan, commonWords: [] })).toEqual(['jordan']);
  });

  it('is hidden everywhere when the person has no other name', () => {
    expect(redactText('Jordan was arrested in Jordan.', { names: [['Jordan']], passages: [], commonWords: ['Jordan'] }))
      .toBe('[REDACTED] was arrested in [REDACTED].');
  });
});

describe('hiding passages an officer marked', () => {
  const text = 'They were seen in a cafe.\n\nShe now lives in a flat on Vrela street 12,\nKotorvik, with her son.';

  it('hides the passage as written', () => {
    expect(redactText(text, { names: [], passages: ['a flat on Vrela street 12,\nKotorvik'] }))
      .toBe('They were seen in a cafe.\n\nShe now lives in [REDACTED], with her son.');
  });

  it('finds the passage whatever its white space, line breaks, case, quotes and bold marks', () => {
    expect(redactText(text, { names: [], passages: ['  A FLAT on Vrela   STREET 12, Kotorvik '] }))
      .toBe('They were seen in a cafe.\n\nShe now lives in [REDACTED], with her son.');
    expect(redactText('the **“safe” house** near the lake', { names: [], passages: ['"safe" house near'] })).toBe('the **[REDACTED]** the lake');
  });

  it('hides overlapping passages as one, and keeps bold balanced when a passage cuts a bold run', () => {
    expect(redactText('one two three four five', { names: [], passages: ['two three', 'three four'] })).toBe('one [REDACTED] five');
    expect(redactText('**Subject: the flat** and more', { names: [], passages: ['the flat and'] })).toBe('**Subject: [REDACTED]** more');
  });

  it('refuses an empty or too short passage and a spelling without a name, naming the field', () => {
    const fieldOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isRapError(e) ? `${e.code} ${e.location.field}` : 'other';
      }
      return 'no error';
    };
    expect(fieldOf(() => redactText('x', { names: [], passages: ['ok passage', ' \n '] }))).toBe('RAP_ERR_INVALID passages[1]');
    expect(fieldOf(() => redactText('x', { names: [['Ana Vel'], ['Ms.']], passages: [] }))).toBe('RAP_ERR_INVALID names[1][0]');
    expect(fieldOf(() => redactText('x', { names: [[]], passages: [] }))).toBe('RAP_ERR_INVALID names[0]');
    expect(fieldOf(() => redactText('x', { names: [], passages: [], organizations: [['']] }))).toBe('RAP_ERR_INVALID organizations[0][0]');
  });
});
