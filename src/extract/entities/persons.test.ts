import { describe, expect, it } from 'vitest';
import type { EntityInput } from './input.js';
import { extractPersons } from './persons.js';
import { NAMING_WORDS, TITLE_WORDS } from './vocabulary.js';

const letter = (paragraphs: string[], over: Partial<EntityInput> = {}): EntityInput => ({
  language: 'en',
  paragraphs,
  subject: null,
  exclude: [],
  ...over,
});

describe('extractPersons in English', () => {
  const input = letter(
    [
      'We have the honour to address you in our capacity as Special Rapporteur on the situation of human rights defenders.',
      'We write to draw your Government’s notice to reports we have had about the arbitrary detention of journalist Ms. Lirana Vostek.',
      'Ms. **Lirana Vostek** is a journalist and the founder of the “Open Lens” Foundation in the Republic of Aldovia. Her brother, lawyer Mr. Teodor Vostek, represents her.',
      'According to the information received:',
      'On 3 March 2023, Ms. Vostek was arrested in Mirova Street by officers of the State Security Service. Ms. Vosteck was held for two days.',
      'Mr. Vostek filed a complaint with the Prosecutor General. Her lawyer was denied access.',
      'Please accept, Excellency, our highest consideration.',
    ],
    { subject: 'the arbitrary detention of journalist Ms. Lirana Vostek.', exclude: ['Ada Merrow'], facts: { start: 3, end: 6 } },
  );
  const persons = extractPersons(input);

  it('finds each named person once, by the fullest spelling', () => {
    expect(persons.map((p) => p.name)).toEqual(['Lirana Vostek', 'Teodor Vostek']);
  });
  it('marks the person of the subject as the victim and the others as mentioned', () => {
    expect(persons.map((p) => p.role)).toEqual(['victim', 'mentioned']);
  });
  it('keeps a misspelt surname as a variant but not the bare surname', () => {
    expect(persons[0]!.variants).toEqual(['Vosteck']);
  });
  it('reads gender from honorifics and the words used for the person', () => {
    expect(persons[0]!.gender).toBe('female');
    expect(persons[1]!.gender).toBe('male');
    expect(persons[0]!.descriptors).toContain('journalist');
    expect(persons[1]!.descriptors).toContain('lawyer');
  });
  it('attributes `Mr. Vostek` to the man, not the woman of the same name', () => {
    expect(persons).toHaveLength(2);
  });
});

describe('the persons a letter about a group is about', () => {
  it('are those its facts call Mr. or Ms., when neither its subject nor the text before the facts names anyone', () => {
    const persons = extractPersons(letter(
      [
        'We would like to bring to your attention information we have received concerning threats against members of the Vessu community.',
        'According to the information received:',
        'On 12 April 2023, Mr. Teodor Arvani, a community leader, was threatened by guards. Minister Halvard Brisk dismissed the complaint.',
        'We express our concern at these threats.',
      ],
      { subject: 'threats against members of the Vessu community', facts: { start: 1, end: 3 } },
    ));
    expect(persons.map((p) => [p.name, p.role])).toEqual([['Teodor Arvani', 'victim'], ['Halvard Brisk', 'mentioned']]);
  });
});

describe('another name given in brackets', () => {
  it('is a variant of the person it follows, in English, French and Spanish', () => {
    const en = extractPersons(letter(['The arrest of Mr. Datu Varnaga (also known as "Datu Vars") and Ms. Ilsa Dorn was reported.']));
    expect(en.map((p) => [p.name, p.variants])).toEqual([['Datu Varnaga', ['Datu Vars']], ['Ilsa Dorn', []]]);
    const fr = extractPersons(letter(['M. Karim Belvani (dit « Kiko ») a été arrêté.'], { language: 'fr' }));
    expect(fr[0]?.variants).toEqual(['Kiko']);
    const es = extractPersons(letter(['El Sr. Julián Orvieto (conocido como “El Profe”) fue detenido.'], { language: 'es' }));
    expect(es[0]?.variants).toEqual(['El Profe']);
  });
});

describe('what is not a person', () => {
  it('leaves out signatories, mandate holders, officials named by function, streets and States', () => {
    const persons = extractPersons(
      letter(
        [
          'Mr. President of the Republic received the complaint. Ms. Ada Merrow reported to the Council.',
          'The case of Mr. Oskar Linde, a blogger, was heard in Kestral Street. The Excellency of Borelia replied.',
          'Please accept, Excellency, our highest consideration. Ada Merrow, Special Rapporteur',
        ],
        { exclude: ['Ada Merrow'] },
      ),
    );
    expect(persons.map((p) => p.name)).toEqual(['Oskar Linde']);
  });
  it('merges spellings that differ by diacritics', () => {
    const persons = extractPersons(
      letter(['Mr. José Aravena was detained.', 'Mr. Jose Aravena was released on bail.']),
    );
    expect(persons).toHaveLength(1);
    expect(persons[0]!.name).toBe('José Aravena');
    expect(persons[0]!.variants).toEqual(['Jose Aravena']);
  });
  it('marks the persons introduced before the facts as victims when no bold and no subject say so', () => {
    const persons = extractPersons(
      letter(
        [
          'We have the honour to address you.',
          'Mr. Oskar Linde is a trade unionist.',
          'According to the information received:',
          'On 2 May 2022, Mr. Linde was questioned by Ms. Hedda Brask, an investigator.',
        ],
        { facts: { start: 2, end: 4 } },
      ),
    );
    expect(persons.map((p) => [p.name, p.role])).toEqual([
      ['Oskar Linde', 'victim'],
      ['Hedda Brask', 'mentioned'],
    ]);
  });
});

describe('extractPersons in French and Spanish', () => {
  it('reads M. and Mme in French', () => {
    const persons = extractPersons(
      letter(
        [
          'Nous souhaiterions attirer l’attention du Gouvernement de votre Excellence sur la détention de **M. Amadou Kessé**, défenseur des droits de l’homme, et de Mme Awa Diallo-Bâ, journaliste.',
          'Le 4 juin 2022, M. Kessé a été arrêté. Mme Diallo-Bâ a été convoquée.',
        ],
        { language: 'fr' },
      ),
    );
    expect(persons.map((p) => [p.name, p.gender, p.role])).toEqual([
      ['Amadou Kessé', 'male', 'victim'],
      ['Awa Diallo-Bâ', 'female', 'mentioned'],
    ]);
    expect(persons[0]!.descriptors).toContain("défenseur des droits de l'homme");
  });
  it('reads Sr. and Sra. and compound Spanish names in Spanish', () => {
    const persons = extractPersons(
      letter(
        [
          'Quisiéramos señalar a la atención urgente del Gobierno de su Excelencia la información recibida en relación con la Sra. María de la Luz Quintero, defensora de derechos humanos.',
          'El 5 de mayo de 2021, la Sra. Quintero y el Sr. Andrés Pallares Ortiz fueron detenidos.',
        ],
        { language: 'es', subject: 'la Sra. María de la Luz Quintero, defensora de derechos humanos.' },
      ),
    );
    expect(persons.map((p) => [p.name, p.gender, p.role])).toEqual([
      ['María de la Luz Quintero', 'female', 'victim'],
      ['Andrés Pallares Ortiz', 'male', 'mentioned'],
    ]);
    expect(persons[0]!.descriptors).toContain('defensora de derechos humanos');
  });
});

describe('a name inside an organisation’s name', () => {
  it('is the namesake of the organisation, not a person of the letter, unless named elsewhere', () => {
    const paragraphs = [
      'El Sr. Julián Orvieto Ramírez es miembro del Colectivo de Abogados Elena Marquet Soler (CAMS) desde 2015.',
      'La Fundación Rubén Aldana Vidal apoya a las familias de los detenidos.',
    ];
    expect(extractPersons(letter(paragraphs, { language: 'es' })).map((p) => p.name)).toEqual(['Julián Orvieto Ramírez']);
    const alsoNamed = [...paragraphs, 'El abogado Rubén Aldana Vidal fue detenido el 3 de mayo de 2023.'];
    expect(extractPersons(letter(alsoNamed, { language: 'es' })).map((p) => p.name)).toEqual(['Julián Orvieto Ramírez', 'Rubén Aldana Vidal']);
  });
});

describe('names and descriptors in a list of persons', () => {
  const persons = extractPersons(letter([
    'We have received information concerning Mr. Idris Al-Marzouq, a human rights defender, Ms. Wen Yuhan, a lawyer, and Mr. A. B. Korvane, a journalist.',
    'The following persons were also arrested: 1. Ms. Hind El Fassiri, teacher; 2. Mr. Omar Ben Salem, student.',
  ]));

  it('gives each person the descriptor set beside their own name, not the next one’s', () => {
    expect(persons.slice(0, 3).map((p) => [p.name, p.descriptors])).toEqual([
      ['Idris Al-Marzouq', ['human rights defender']],
      ['Wen Yuhan', ['lawyer']],
      ['A. B. Korvane', ['journalist']],
    ]);
  });

  it('gives the descriptor of a plural predicate to every name that shares it', () => {
    const shared = extractPersons(letter([
      'We have received information concerning Ms. Fenna Oduya, Mr. Lucas Arriaga and Ms. Tessa Vandermeer.',
      'Ms. Fenna Oduya and Ms. Tessa Vandermeer are lawyers. Mr. Lucas Arriaga was a student.',
      'Sra. Inés Carvallo y Sra. Rosa Quintana son abogadas.',
    ]));
    expect(shared.map((p) => [p.name, p.descriptors])).toEqual([
      ['Fenna Oduya', ['lawyer']],
      ['Lucas Arriaga', ['student']],
      ['Tessa Vandermeer', ['lawyer']],
      ['Inés Carvallo', ['abogada']],
      ['Rosa Quintana', ['abogada']],
    ]);
  });

  it('reads a predicate only when it says what the person is, not what befell them', () => {
    const described = (text: string, language: EntityInput['language'] = 'en') =>
      extractPersons(letter([text], { language })).map((p) => [p.name, p.descriptors]);
    expect(described('Please say where Mr. Oren Vallis is held and whether he has had access to a lawyer.')).toEqual([['Oren Vallis', []]]);
    expect(described('Ms. Katya Morrell was arrested and questioned without a lawyer present.')).toEqual([['Katya Morrell', []]]);
    expect(described('Mr. Oren Vallis is also a blogger.')).toEqual([['Oren Vallis', ['blogger']]]);
    expect(described('Mme Léa Dorval est également avocate.', 'fr')).toEqual([['Léa Dorval', ['avocate']]]);
    expect(described("Mme Léa Dorval est l'avocate de la famille.", 'fr')).toEqual([['Léa Dorval', ['avocate']]]);
    expect(described('La Sra. Rosa Quintana es periodista.', 'es')).toEqual([['Rosa Quintana', ['periodista']]]);
    expect(described('Please give the place of detention of Mr. Oren Vallis, on his health and on his access to a lawyer.')).toEqual([['Oren Vallis', []]]);
    expect(described('A statement by Ms. Katya Morrell, assistant Central Asia researcher at the Sarn Institute, followed.')).toEqual([['Katya Morrell', ['researcher']]]);
  });

  it('keeps a person called by a surname alone that a mandate holder of another time shares (Mr. Singh is not Kishore Singh)', () => {
    const names = (text: string) => extractPersons(letter([text])).map((p) => p.name);
    expect(names('On 3 May 2021, Mr. Singh was arrested. Ms. Keita was questioned.')).toEqual(['Singh', 'Keita']);
    expect(names('On 3 May 2021, Mr. Kishore Singh spoke to the press.')).toEqual([]);
  });

  it('reads a short surname that is also a common word right after an honorific (Le, An), and no other word', () => {
    const names = (text: string) => extractPersons(letter([text])).map((p) => [p.name, p.variants]);
    expect(names('We have received information concerning Mr. Lê Văn Đức, a lawyer. Mr. **Le Van Đuc** was detained.')).toEqual([['Le Van Đuc', ['Lê Văn Đức']]]);
    expect(names('Ms. An Thi Hoa was questioned.')).toEqual([['An Thi Hoa', []]]);
    expect(names('Mr. President, we write again. Ms. The was absent.')).toEqual([]);
  });

  it('keeps initials and particles written with a capital inside a name', () => {
    expect(persons.slice(3).map((p) => [p.name, p.gender, p.descriptors])).toEqual([
      ['Hind El Fassiri', 'female', ['teacher']],
      ['Omar Ben Salem', 'male', ['student']],
    ]);
  });
});

describe('the words a name may follow', () => {
  it('all start with an ASCII letter, as the scan for them needs (it gives up positions after \\b fails)', () => {
    expect([...NAMING_WORDS, ...TITLE_WORDS].filter((w) => !/^[A-Za-z]/.test(w))).toEqual([]);
  });

  it('include relatives, whom reports name without an honorific, in the three languages', () => {
    const found = (text: string, language: EntityInput['language'] = 'en') => extractPersons(letter([text], { language })).map((p) => p.name);
    expect(found('His sister, Ilma Valkiri-Terz, was questioned. Her husband objected.')).toEqual(['Ilma Valkiri-Terz']);
    expect(found('Sa sœur Nadia Kessé a été convoquée.', 'fr')).toEqual(['Nadia Kessé']);
    expect(found('Su hermano Julián Orvieto fue detenido.', 'es')).toEqual(['Julián Orvieto']);
  });

  it('are read at the start of a word, after a bracket too, and not inside a word', () => {
    const found = (text: string) => extractPersons(letter([text])).map((p) => p.name);
    expect(found('A man named Orvel Tanning was taken away.')).toEqual(['Orvel Tanning']);
    expect(found('(Minister Halvard Brisk) was present.')).toEqual(['Halvard Brisk']);
    expect(found('The unnamed Orvel Tanning was taken away.')).toEqual([]);
  });
});
