import { describe, expect, it } from 'vitest';
import { readQuestions } from './questions.js';

describe('readQuestions', () => {
  it('reads the numbered questions and stops at the deadline', () => {
    expect(readQuestions(['we would be grateful for your observations on the following matters:', '1. Please provide information.', '2. Please explain.', 'We would appreciate receiving a response within 60 days.'])).toEqual(['Please provide information.', 'Please explain.']);
  });
  it('reads questions whose numbers were lost (DOCX, PDF) up to the deadline paragraph', () => {
    expect(readQuestions(['Nous vous serions reconnaissants de nous fournir vos observations sur les points suivants :', 'Veuillez fournir toute information.', 'Veuillez indiquer la base légale.', 'Nous vous serions reconnaissants de recevoir une réponse dans un délai de 60 jours.'])).toHaveLength(2);
  });
  it('reads Spanish questions', () => {
    expect(readQuestions(['información sobre las cuestiones siguientes:', '1. Sírvase proporcionar información.', '2. Sírvase indicar.', '3. Sírvase explicar.', 'Agradeceríamos recibir una respuesta en un plazo de 60 días.'])).toHaveLength(3);
  });
  it('gives none when the letter asks none', () => {
    expect(readQuestions(['We urge your Government to act.'])).toEqual([]);
  });
});
