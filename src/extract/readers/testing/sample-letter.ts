/**
 * An invented joint allegation letter to the fictional State XAB, in parts, for the PDF and DOCX
 * fixtures. Every name and fact is made up.
 */
export const SAMPLE_LETTER = {
  header:
    'Mandates of the Special Rapporteur on the situation of human rights defenders and the Special Rapporteur on the independence of judges and lawyers',
  reference: 'Ref.: AL XAB 3/2023',
  referenceNote: '(Please use this reference in your reply)',
  date: '14 June 2023',
  salutation: 'Excellency,',
  capacity:
    'We write to you, under Human Rights Council resolutions 52/4 and 53/12, as holders of the mandates of Special Rapporteur on the situation of human rights defenders and Special Rapporteur on the independence of judges and lawyers.',
  personBefore: 'Ms. ',
  personName: 'Lirea Vantosk',
  personAfter:
    ' is a lawyer in the city of Orvane who has represented members of the Tessaly fishing cooperative in land disputes with the provincial authorities since 2019.',
  cooperative: 'The cooperative has 212 members.',
  informationReceived: 'According to the information received:',
  facts:
    'On 2 March 2023, officers of the provincial police searched the office of Ms. Vantosk without a warrant and seized her laptop, her telephone and the files of eleven clients. On 9 March 2023, she was summoned for questioning and told that she was under investigation for the dissemination of false information, an offence that carries a sentence of up to five years of imprisonment.',
  concern:
    'While we do not wish to prejudge the accuracy of these allegations, we express our concern at the search of the office of a lawyer and the seizure of privileged files, which appear to be related to her legitimate professional work.',
  questionsIntro: 'In this connection, we would be grateful for your observations on the following matters:',
  questions: [
    'Please provide any additional information and any comment you may have on the above-mentioned allegations.',
    'Please provide information on the legal basis for the search of the office of Ms. Vantosk and the seizure of the files of her clients.',
    'Please indicate the measures taken to ensure that lawyers in XAB can carry out their work without intimidation or interference.',
  ],
  deadline:
    'We would be grateful for a response within 60 days. After that period, this letter and any reply will be made public.',
  closing: 'Please accept, Excellency, the assurances of our highest consideration.',
  signatories: [
    { name: 'Oren Maltasz', title: 'Special Rapporteur on the situation of human rights defenders' },
    { name: 'Ilse Pravonek', title: 'Special Rapporteur on the independence of judges and lawyers' },
  ],
  annexTitle: 'Annex',
  annexSubtitle: 'Reference to international human rights law',
  annex:
    'In connection with the above alleged facts and concerns, we would like to refer to articles 14, 17 and 19 of the International Covenant on Civil and Political Rights, acceded to by XAB on 4 May 1998, and to the Basic Principles on the Role of Lawyers.',
  footnote: 'The cooperative was registered in 2011 under the law on associations of XAB.',
} as const;
