/**
 * Registering a recipient's reply to a stored letter: its date, who sent it, and its file (kept
 * sealed as a staff file, its text read by the project's readers) or its text typed in. A letter
 * may receive several replies; one dated after the letter's due day is late. The file is read
 * before the transaction (reading a PDF takes time); the reply, its file and the trail's entry
 * are then written together or not at all.
 */
import type { Actor } from '../domain/actor.js';
import { cleanText, textProblem } from '../domain/case-event.js';
import { emptyCommunication } from '../domain/communication.js';
import { checkDay, isLateReply, replyDueDate } from '../domain/deadlines.js';
import { RapError } from '../domain/errors.js';
import { notFound } from '../domain/form-failures.js';
import { isSecretariat } from '../domain/letter-lifecycle.js';
import { LIMITS } from '../domain/limits.js';
import type { FieldCipher } from '../security/field-cipher.js';
import { appendAudit } from '../store/audit.repo.js';
import type { Database, Queryable } from '../store/database.js';
import { findLetterOf, type LetterOfReference } from '../store/letters-of-reference.repo.js';
import { insertRegisteredReply } from '../store/registered-replies.repo.js';
import { repliesWithDeadline, type ReplyWithDeadline } from '../store/reply-deadlines.repo.js';
import { participantOf } from './drafting.js';
import { referenceKey } from './reference-key.js';
import { prepareStaffFile, storePreparedFile, type PreparedFile, type UploadedFile } from './staff-files.js';

export interface ReplyInput {
  /** The letter answered: its id, or its reference as people type it (`AL XAA 3/2025`, `XAA 3/2025`). */
  communicationId?: number;
  reference?: string;
  /** The reply's date, `YYYY-MM-DD`. */
  date: string;
  /** Who sent it, as staff name them (`Permanent Mission of Xandria`). */
  sender: string;
  /** The reply as received; its text is read from it. */
  file?: UploadedFile;
  /** The reply's text, when typed in (or to use instead of the text read from the file). */
  text?: string;
  /** The reply's language (`en`, `fr`, `ru`...), when known. */
  language?: string;
  title?: string;
}

export interface RegisteredReply {
  replyId: number;
  communicationId: number;
  reference: string;
  date: string;
  /** The day the reply was due: set when the letter was sent, else the letter's date plus 60 days. */
  dueDate: string | null;
  late: boolean;
  staffFileId: number | null;
  /** Why the reply has no text (an image, a file that could not be read); null when it has. */
  textNote: string | null;
}

export const REPLY_LIMITS = { sender: 300, title: 500 } as const;

const invalid = (message: string, field: string) => new RapError('RAP_ERR_INVALID', message, { field });
const today = () => new Date().toISOString().slice(0, 10);

async function letterAnswered(db: Queryable, input: ReplyInput): Promise<LetterOfReference> {
  if (input.communicationId !== undefined) {
    const letter = await findLetterOf(db, { id: input.communicationId });
    if (!letter) throw notFound(`there is no letter #${input.communicationId}`, 'communicationId');
    if (letter.status === 'placeholder') throw invalid(`${letter.referenceText} is only cited by other letters; the letter itself is not stored`, 'communicationId');
    return letter;
  }
  const typed = cleanText(input.reference);
  if (!typed) throw invalid('give the letter the reply answers, by its reference (such as AL XAA 1/2025)', 'reference');
  const key = typed.length <= 100 ? referenceKey(typed) : null;
  if (!key) throw new RapError('RAP_ERR_BAD_REFERENCE', `“${typed.slice(0, 100)}”`, { field: 'reference' });
  const letter = await findLetterOf(db, { key: key.key });
  if (!letter) throw notFound(`no letter ${key.text} is stored`, 'reference');
  if (letter.status === 'placeholder') throw invalid(`${letter.referenceText} is only cited by other letters; the letter itself is not stored`, 'reference');
  return letter;
}

const dueDateOf = (letter: LetterOfReference): string | null =>
  letter.replyDueDate ?? (letter.letterDate ? replyDueDate(letter.letterDate) : null);

/** The fields of a reply, checked, each problem a RapError naming its field. */
function checkReply(input: ReplyInput, asOf: string): { date: string; sender: string; text: string | null; language: string | null; title: string | null } {
  const date = checkDay(input.date, 'date');
  if (date > asOf) throw invalid(`the reply is dated ${date}, after today (${asOf})`, 'date');
  const sender = cleanText(input.sender).replace(/\s+/g, ' ');
  if (!sender) throw invalid('say who sent the reply (for example the Permanent Mission of the State)', 'sender');
  const senderProblem = textProblem(sender, REPLY_LIMITS.sender, 'The sender');
  if (senderProblem) throw invalid(senderProblem, 'sender');
  const text = input.text === undefined ? null : cleanText(input.text) || null;
  if (text && text.length > LIMITS.maxTextChars) throw new RapError('RAP_ERR_TEXT_TOO_LONG', `${text.length} characters`, { field: 'text' });
  const language = input.language === undefined ? null : input.language.trim().toLowerCase() || null;
  if (language !== null && !/^[a-z]{2}$/.test(language)) throw invalid('the language is a two-letter code such as en, fr or es', 'language');
  const title = input.title === undefined ? null : cleanText(input.title).replace(/\s+/g, ' ') || null;
  const titleProblem = title ? textProblem(title, REPLY_LIMITS.title, 'The title') : null;
  if (titleProblem) throw invalid(titleProblem, 'title');
  if (!input.file && !text) throw invalid('give the reply’s file or its text', 'file');
  return { date, sender, text, language, title };
}

/** The file checked and read; a refusal names the form's `file` field. */
async function prepareReplyFile(file: UploadedFile): Promise<PreparedFile> {
  try {
    return await prepareStaffFile(file);
  } catch (e) {
    if (e instanceof RapError) throw new RapError(e.code, e.detail, { ...e.location, field: 'file' });
    throw e;
  }
}

/**
 * Registers a reply to a stored letter, by the secretariat. A file needs the field cipher (its
 * bytes are sealed). A reply dated before the letter, after today, or with neither file nor text
 * is refused with a RapError naming the field; nothing is written then.
 */
export async function registerReply(
  db: Database,
  cipher: FieldCipher | undefined,
  input: ReplyInput,
  actor: Actor,
  { today: asOf = today() }: { today?: string } = {},
): Promise<RegisteredReply> {
  const fields = checkReply(input, asOf);
  if (input.file && !cipher) throw new RapError('RAP_ERR_KEY', 'a reply’s file is kept sealed: the workspace key is needed', { field: 'file' });
  const prepared: PreparedFile | null = input.file ? await prepareReplyFile(input.file) : null;
  return db.transaction(async (tx) => {
    if (!isSecretariat(await participantOf(tx, actor))) throw new RapError('RAP_ERR_FORBIDDEN', 'only the secretariat registers replies');
    const letter = await letterAnswered(tx, input);
    if (letter.letterDate && fields.date < letter.letterDate) {
      throw invalid(`the reply is dated ${fields.date}, before the letter ${letter.referenceText} of ${letter.letterDate}`, 'date');
    }
    const stored = prepared && cipher ? await storePreparedFile(tx, cipher, prepared, letter.caseId === null ? {} : { caseId: letter.caseId }, { actor }) : null;
    const body = fields.text ?? prepared?.text ?? null;
    const record = {
      ...emptyCommunication('reply'),
      date: fields.date,
      language: fields.language,
      title: fields.title,
      relatedCommunications: [{ reference: letter.referenceText, date: letter.letterDate }],
      countries: [letter.recipientCode],
    };
    const replyId = await insertRegisteredReply(tx, {
      communicationId: letter.id,
      referenceText: letter.referenceText,
      date: fields.date,
      language: fields.language,
      title: fields.title,
      sender: fields.sender,
      record,
      body,
      staffFileId: stored?.id ?? null,
      registeredBy: actor.userId,
    });
    const dueDate = dueDateOf(letter);
    const late = dueDate !== null && isLateReply(fields.date, dueDate);
    await appendAudit(tx, {
      actorId: actor.userId, actor: actor.label, action: 'reply.register', entity: 'communication', entityId: letter.referenceText, before: null,
      after: { replyId, date: fields.date, sender: fields.sender, late, dueDate, ...(stored ? { fileId: stored.id, file: stored.fileName } : {}), textFrom: fields.text ? 'typed' : body ? 'file' : 'none' },
    });
    return {
      replyId, communicationId: letter.id, reference: letter.referenceText, date: fields.date, dueDate, late,
      staffFileId: stored?.id ?? null, textNote: body ? null : prepared?.textNote ?? null,
    };
  });
}

/** The replies to a letter in date order, each saying whether it came late. */
export function listReplies(db: Queryable, communicationId: number): Promise<ReplyWithDeadline[]> {
  return repliesWithDeadline(db, communicationId, LIMITS.replyDeadlineDays);
}
