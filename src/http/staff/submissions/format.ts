/** How the submissions pages write dates, consents, States and files. */
import { UPLOAD_TYPES, type UploadType } from '../../../domain/uploads.js';
import { stateByCode } from '../../../reference-data/index.js';

/** `2025-03-04 09:15 UTC`: staff work across time zones. */
export const receivedAt = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const consentText = (consent: boolean | null) => (consent === null ? 'Not asked yet' : consent ? 'Yes' : 'No');

export const stateName = (code: string | null) => (code ? `${stateByCode(code)?.name.en ?? code} (${code})` : '—');

export const FORM_LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish' };

export const typeName = (type: UploadType) => UPLOAD_TYPES[type] ?? type;

export const submissionUrl = (id: number) => `/staff/submissions/${id}`;
export const fileUrl = (id: number) => `/staff/files/${id}`;
