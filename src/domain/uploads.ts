/**
 * What may be uploaded (attachments of a submission, documents of a case): the kinds of file,
 * recognised by their content, never by their name, and the sizes.
 */
export const UPLOAD_LIMITS = {
  /** One file. */
  fileBytes: 10 * 1024 * 1024,
  /** Files in one form. */
  files: 5,
  /** All the files of one form together. */
  totalBytes: 25 * 1024 * 1024,
} as const;

export const UPLOAD_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
} as const;
export type UploadType = keyof typeof UPLOAD_TYPES;
