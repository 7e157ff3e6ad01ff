import { describe, expect, it } from 'vitest';
import { readQuestions } from './questions.js';

describe('readQuestions', () => {
  it('reads the numbered questions and stops at the deadline', () => {
    expect(readQuestions(['we would welcome your observations on the following matters:', '1. Please provide information.', '2. Please explain.', 'We would appreciate receiving a response within 60 days.'])).toEqual(['Please provide information.', 'Please explain.']);
  });
  it('reads questions whose numbers were lost (DOCX, PDF) up to the deadline paragraph', () => {
    expect(readQuestions(['Nous vous serions reconnaissants de nous fournir vos observations sur les points suivants :', 'Veuillez fournir toute information.', 'Veuillez indiquer la base légale.', 'Nous vous serions reconnaissants de recevoir une réponse dans un délai de 60 jours.'])).toHaveLength(2);
  });
  it('reads bulleted questions without their bullets, a symbol font\'s private-use one too', () => {
    expect(readQuestions(['we would welcome your observations on the following matters:', '\uf0b7 Please provide information.', '• Please explain.', 'We would appreciate receiving a response within 60 days.'])).toEqual(['Please provide information.', 'Please explain.']);
  });
  it('reads Spanish questions', () => {
    expect(readQuestions(['información sobre las cuestiones siguientes:', '1. Sírvase proporcionar información.', '2. Sírvase indicar.', '3. Sírvase explicar.', 'Agradeceríamos recibir una respuesta en un plazo de 60 días.'])).toHaveLength(3);
  });
  it('reads the list when a clause follows the introduction, as letters wrote it for years', () => {
    expect(readQuestions([
      'we would be grateful for your cooperation and your observations on the following matters, when relevant to the case under consideration:',
      '1. Are the facts alleged in the above summary of the case accurate?', '2. Please provide the legal basis of the arrest.',
      'We would appreciate a response within sixty days.',
    ])).toEqual(['Are the facts alleged in the above summary of the case accurate?', 'Please provide the legal basis of the arrest.']);
    expect(readQuestions(['Could your Government provide information on the following:', '1. Please indicate the charges.', '2. Please explain.'])).toHaveLength(2);
    expect(readQuestions(['The source reported on the following:', '1. On 3 May 2024, Ms. Vey was arrested.', '2. On 5 May 2024, she was charged.'])).toEqual([]);
  });
  it('ends the list at the urging paragraph that follows it in urgent appeals, in three languages', () => {
    expect(readQuestions([
      'your observations on the following matters:', '1. Are the facts accurate?', '2. Please provide the legal basis for the detention of Mr. Arlan Vey.',
      'We urge your Excellency’s Government to take all necessary measures to protect the rights of the aforementioned person.',
      'Please accept, Excellency, our highest consideration.',
    ])).toEqual(['Are the facts accurate?', 'Please provide the legal basis for the detention of Mr. Arlan Vey.']);
    expect(readQuestions(['sur les points suivants :', '1. Veuillez fournir toute information.', 'Nous nous engageons à ce que la réponse du Gouvernement soit reflétée dans le rapport.'])).toEqual(['Veuillez fournir toute information.']);
    expect(readQuestions(['sur les points suivants :', '1. Veuillez fournir toute information.', 'Nous prions instamment le Gouvernement de Votre Excellence de prendre toutes les mesures nécessaires.'])).toEqual(['Veuillez fournir toute information.']);
    expect(readQuestions(['sobre las cuestiones siguientes:', '1. Sírvase proporcionar información.', 'Instamos al Gobierno de Su Excelencia a que adopte todas las medidas necesarias.'])).toEqual(['Sírvase proporcionar información.']);
  });
  it('reads a numbered list of requests that no introduction announces, and not numbered facts', () => {
    expect(readQuestions([
      'En relación con las alegaciones arriba mencionadas, le agradeceríamos que nos proporcionara cualquier información que considere pertinente.',
      '1. Sírvase proporcionar información detallada sobre la detención.', '2. Sírvase indicar las medidas adoptadas.',
      'Agradeceríamos recibir una respuesta en un plazo de 60 días.',
    ])).toEqual(['Sírvase proporcionar información detallada sobre la detención.', 'Sírvase indicar las medidas adoptadas.']);
    expect(readQuestions(['According to the information received:', '1. On 3 May 2024, Ms. Vey was arrested.', '2. On 5 May 2024, she was charged.'])).toEqual([]);
    expect(readQuestions(['1. Please provide information.'])).toEqual([]);
  });
  it('cuts apart numbered questions that a PDF ran together into one paragraph, not at a numbered law', () => {
    const intro = 'we would welcome your observations on the following matters:';
    expect(readQuestions([
      intro,
      '1. Please provide information on the charges. 2. Please explain the legal basis of the arrest? 3. Please indicate the measures taken;',
      '4. Please describe the investigation.',
      'We would appreciate a response within 60 days.',
    ])).toEqual([
      'Please provide information on the charges.', 'Please explain the legal basis of the arrest?', 'Please indicate the measures taken;',
      'Please describe the investigation.',
    ]);
    expect(readQuestions([intro, '1. Please comment on Law No. 2. It was adopted in 2020.', '2. Please explain.'])).toEqual([
      'Please comment on Law No. 2. It was adopted in 2020.', 'Please explain.',
    ]);
  });
  it('gives none when the letter asks none', () => {
    expect(readQuestions(['We urge your Government to act.'])).toEqual([]);
  });
});
