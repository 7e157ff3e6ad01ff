/**
 * The salutation that ends a letter's head: `Excellency,` to a State, `Dear Sir or Madam,` to a
 * company, in English, French and Spanish. Spanish ends it with a colon (`Excelencia:`,
 * `Señoras y señores:`). A paragraph is a salutation only as a whole.
 */

/** Fixed salutations: the final comma or colon may be missing (PDF text loses it at times). */
const FIXED = [
  String.raw`(?:Your\s+)?Excellenc(?:y|ies)`,
  'Excellence',
  String.raw`Monsieur\s+l['’]Ambassadeur`,
  String.raw`Madame\s+l['’]Ambassadrice`,
  String.raw`Madame,?\s+Monsieur`,
  String.raw`Monsieur,?\s+Madame`,
  String.raw`Mesdames,?\s+(?:et\s+)?Messieurs`,
  'Messieurs',
  'Excelencia',
  String.raw`Excelentísim[oa]\s+Señora?`,
  String.raw`Señora?\s+Embajador[a]?`,
  String.raw`Señoras\s+y\s+señores`,
  String.raw`Señores`,
];

/** Open salutations (`Dear Ms. Halvorsen,`, `Estimado/a señor/a:`): only with their comma or colon. */
const OPEN = [
  String.raw`Dear\s+[^,:]{2,50}`,
  String.raw`Estimad[oa](?:/[oa])?s?\s+[^,:]{2,50}`,
  String.raw`Distinguid[oa]s?\s+[^,:]{2,50}`,
  String.raw`Muy\s+señor(?:es)?\s+m[íi]o?s?`,
  String.raw`(?:Madame|Monsieur)\s+l[ae]\s+[^,:]{2,50}`,
];

export const SALUTATION = new RegExp(String.raw`^(?:(?:${FIXED.join('|')})\s*[,:]?|(?:${OPEN.join('|')})\s*[,:])$`, 'i');

/** The salutation test for one paragraph: markdown bold around it is allowed. */
export function isSalutation(paragraph: string): boolean {
  return SALUTATION.test(paragraph.replace(/\*\*/g, '').trim());
}
