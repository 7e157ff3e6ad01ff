/**
 * The entity recognisers: persons, organisations, dated events and countries of a letter's body
 * (or of any other document given as paragraphs). Pure functions of an `EntityInput`.
 */
export type { EntityInput } from './input.js';
export { extractPersons } from './persons.js';
export { extractOrganizations } from './organizations.js';
export { extractEvents } from './events.js';
export { extractCountries } from './countries.js';
