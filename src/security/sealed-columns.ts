/**
 * Every column that holds sealed values, with the context its values are bound to. Whoever
 * seals or opens a value names its column from here; `rapporteur keys rotate` walks the list.
 */
export interface SealedColumn {
  table: string;
  column: string;
  /** The additional data the value is bound to. */
  context: string;
  kind: 'text' | 'bytes';
}

export const SEALED = {
  totpSecret: { table: 'users', column: 'totp_secret_sealed', context: 'users.totp_secret', kind: 'text' },
  totpPending: { table: 'users', column: 'totp_pending_sealed', context: 'users.totp_pending', kind: 'text' },
  submitter: { table: 'submissions', column: 'submitter_sealed', context: 'submissions.submitter', kind: 'text' },
  fileBytes: { table: 'staff_files', column: 'bytes_sealed', context: 'staff_files.bytes', kind: 'bytes' },
  eventDescription: { table: 'case_events', column: 'description_sealed', context: 'case_events.description', kind: 'text' },
} as const satisfies Record<string, SealedColumn>;

export const SEALED_COLUMNS: SealedColumn[] = Object.values(SEALED);
