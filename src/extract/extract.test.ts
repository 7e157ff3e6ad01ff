import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommunicationSchema } from '../domain/communication.js';
import { extractDocument } from './extract.js';
import { ENGLISH_2012, ENGLISH_2024, FRENCH_2023, SPANISH_2022 } from './letter/testing/sample-letters.js';

describe('extractDocument', () => {
  it('reads the frame of an English letter into a valid interchange record', () => {
    const r = extractDocument(ENGLISH_2024);
    expect(CommunicationSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({
      kind: 'communication', reference: { text: 'UA XAB 4/2024' }, date: '2024-02-12', language: 'en', joint: true,
      recipient: { code: 'XAB', name: 'Borelia' }, resolutions: ['51/8', '44/8', '52/7'], replyDeadlineDays: 60, redactions: 1,
      relatedCommunications: [{ reference: 'AL XAB 2/2022', date: '2022-05-03' }],
    });
    expect(r.copiedTo.map((c) => c.code)).toEqual(['XAD', 'XAG']);
    expect(r.questions).toHaveLength(3);
    expect(r.signatories.map((s) => s.mandateId)).toEqual(['wg-arbitrary-detention', 'sr-independence-judges-lawyers', 'sr-torture']);
    expect(r.documentSymbols).toEqual(['CCPR/C/GC/35', 'A/HRC/45/16']);
    expect(r.countries.slice(0, 3)).toEqual(['XAB', 'XAD', 'XAG']);
    expect(r.persons.map((p) => p.name)).not.toContain('Anselm Vey');
  });

  it('reads a French letter', () => {
    const r = extractDocument(FRENCH_2023);
    expect(r).toMatchObject({ kind: 'communication', language: 'fr', reference: { text: 'AL XAI 3/2023' }, date: '2023-03-14', replyDeadlineDays: 60 });
    expect(r.mandates.map((m) => m.id)).toEqual(['wg-arbitrary-detention', 'sr-human-rights-defenders', 'sr-torture']);
    expect(r.copiedTo.map((c) => c.code)).toEqual(['XAJ']);
    expect(r.questions).toHaveLength(2);
    expect(r.title).toBe('la détention de M. Tomas Ferrandel, défenseur des droits humains');
  });

  it('reads a Spanish letter', () => {
    const r = extractDocument(SPANISH_2022);
    expect(r).toMatchObject({ language: 'es', reference: { text: 'UA XAL 5/2022' }, date: '2022-06-07', resolutions: ['43/4', '43/16'] });
    expect(r.signatories.map((s) => s.mandateId)).toEqual(['sr-freedom-of-expression', 'sr-human-rights-defenders']);
    expect(r.relatedCommunications).toEqual([]);
  });

  it('reads an older single-mandate letter with internal codes and a deadline in words', () => {
    const r = extractDocument(ENGLISH_2012);
    expect(r).toMatchObject({ joint: false, date: '2012-06-28', replyDeadlineDays: 60, reference: { text: 'UA XAD 6/2012', internalCodes: ['G/SO 214 (53-24)'] } });
    expect(r.mandates.map((m) => m.id)).toEqual(['sr-extrajudicial-executions']);
    expect(r.questions).toHaveLength(2);
  });

  it('warns about an unknown recipient code and leaves absent values empty', () => {
    const r = extractDocument(ENGLISH_2024.replace('UA XAB 4/2024', 'UA QQQ 4/2024').replace(/Please note that a copy[^\n]*\n/, ''));
    expect(r.warnings).toContain('unknown recipient code QQQ');
    expect(r.recipient).toEqual({ code: 'QQQ', name: null });
    expect(r.copiedTo).toEqual([]);
  });

  it('reads a reply and a source', () => {
    const reply = extractDocument('The Permanent Mission of Dastan to the United Nations Office at Geneva presents its compliments and, with reference to the communication UA XAD 6/2012, has the honour to reply.\n\nGeneva, 9 August 2012');
    expect(reply).toMatchObject({ kind: 'reply', recipient: { code: 'XAD' }, date: '2012-08-09', relatedCommunications: [{ reference: 'UA XAD 6/2012' }] });
    expect(extractDocument('Borelia: lawyer detained, says rights group\n\nThe lawyer Orla Vantrees was arrested in Borelia on Tuesday, her colleagues said.').kind).toBe('source');
  });
});

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(new URL('AL_MNE_2_2024.txt', corpus));
if (!hasCorpus) console.warn('extract.test: ../shared/corpus not found, the real-letter test is skipped');

describe.skipIf(!hasCorpus)('extractDocument on a real letter (../shared/corpus)', () => {
  it('reads the legal references of the annex', () => {
    const r = extractDocument(readFileSync(new URL('AL_MNE_2_2024.txt', corpus), 'utf8'));
    expect(r.legalReferences.find((l) => l.instrumentId === 'iccpr')?.articles).toEqual(['9', '17', '19', '21', '22', '26']);
  });
});
