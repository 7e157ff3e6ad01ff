/** The synthetic demo archive: generator, ground truth, files and records for seeding a database. */
export { generateArchive, generateLetters, DEFAULT_SEED, DEFAULT_WORDS, type GenerateOptions } from './generate-archive.js';
export { demoRecords, toCommunication } from './demo-records.js';
export { writeArchive, type ArchiveProgress, type WriteArchiveOptions } from './write-archive.js';
export type { DocumentTruth, GeneratedDocument, LetterTruth, PersonTruth, ReplyTruth } from './truth.js';
export { LANGUAGES, type Language } from './language.js';
