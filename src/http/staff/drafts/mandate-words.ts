/** Mandates and answers in words for the drafting pages. */
import type { MandateAnswer } from '../../../domain/letter-lifecycle.js';
import { mandateById } from '../../../reference-data/index.js';

export const mandateTitle = (id: string) => mandateById(id)?.title ?? id;

export const ANSWER_WORDS: Record<MandateAnswer, string> = {
  pending: 'Waiting for an answer',
  joined: 'Joined',
  declined: 'Declined',
  approved: 'Approved',
};

export const STATUS_WORDS = {
  draft: 'Draft',
  consultation: 'In consultation',
  approved: 'Approved, ready to send',
  sent: 'Sent',
} as const;
