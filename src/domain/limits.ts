/** Limits in one place: every reader, route and form takes its bounds from here. */
export const LIMITS = {
  /** Largest document read by `extract` and `import`. A 10,000-word letter is under 100 KB as text. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Most a DOCX, or a PDF's text and fonts, may unpack to (a letter's: well under 1 MB; a "zip bomb": gigabytes). */
  maxUnpackedBytes: 128 * 1024 * 1024,
  /** Text longer than this after reading is cut before extraction (a letter is never this long). */
  maxTextChars: 2_000_000,
  /** Days a State has to reply, unless the letter says otherwise. */
  replyDeadlineDays: 60,
  /** Days after the letter's date before an imported letter becomes public, unless the source says otherwise. */
  publicationDelayDays: 60,
} as const;
