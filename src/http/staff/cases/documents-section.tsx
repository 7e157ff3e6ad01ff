/** The documents of a case and of the submissions triaged into it, and the upload form. */
import { UPLOAD_LIMITS, UPLOAD_TYPES } from '../../../domain/uploads.js';
import { formatBytes } from '../../../extract/readers/format-bytes.js';
import type { CaseDocument } from '../../../services/case-file-view.js';
import { FieldError, fieldId, invalidAttrs, type FormState } from '../components/form-state.js';
import { dateOnly } from './cases-page.js';

export const DOCUMENT_FIELDS = ['document', 'confidential'] as const;

const typeName = (t: string) => UPLOAD_TYPES[t as keyof typeof UPLOAD_TYPES] ?? t;

/** The size in the largest whole unit, for a table (`1.2 MB`). */
const shortSize = (bytes: number) => formatBytes(bytes).replace(/ \(.*\)$/, '');

function DocumentRow({ doc }: { doc: CaseDocument }) {
  const from = doc.fromSubmission ? (
    <a href={`/staff/submissions/${doc.fromSubmission.id}`}>Submission {doc.fromSubmission.receiptCode}</a>
  ) : (
    'The case'
  );
  if (doc.hidden) {
    return (
      <tr>
        <th scope="row">Confidential document (details hidden)</th>
        <td>—</td>
        <td class="num">—</td>
        <td>—</td>
        <td>{from}</td>
        <td>{dateOnly(doc.uploadedAt)}</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        <a href={`/staff/files/${doc.id}`}>{doc.fileName}</a>
        {doc.confidential && <span class="badge">Confidential</span>}
      </th>
      <td>{typeName(doc.mediaType)}</td>
      <td class="num">{shortSize(doc.size)}</td>
      <td>{doc.hasText ? 'Searchable' : (doc.textNote ?? 'no text')}</td>
      <td>{from}</td>
      <td>
        <time dateTime={doc.uploadedAt.toISOString()}>{dateOnly(doc.uploadedAt)}</time>
      </td>
    </tr>
  );
}

export interface DocumentsSectionProps {
  caseId: number;
  documents: CaseDocument[];
  csrfToken: string;
  canWrite: boolean;
  form: FormState | undefined;
}

export function DocumentsSection({ caseId, documents, csrfToken, canWrite, form }: DocumentsSectionProps) {
  const state = form?.form === 'document' ? form : undefined;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      {documents.length === 0 ? (
        <p class="empty">No document yet.</p>
      ) : (
        <table class="documents">
          <caption class="visually-hidden">Documents of the case and of its submissions</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Type</th>
              <th scope="col" class="num">Size</th>
              <th scope="col">Text</th>
              <th scope="col">From</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <DocumentRow doc={doc} />
            ))}
          </tbody>
        </table>
      )}
      {canWrite && (
        // The body of a multipart form is read by the route, after the guard: the token goes in the address.
        <form method="post" action={`/staff/cases/${caseId}/documents?_csrf=${encodeURIComponent(csrfToken)}`} encType="multipart/form-data" id="document" class="upload-form">
          <h3>Add a document</h3>
          <p class="field">
            <label for={fieldId('document', 'document')}>File</label>
            <span class="hint" id={`${fieldId('document', 'document')}-hint`}>
              PDF, Word (DOCX), PNG or JPEG, up to {shortSize(UPLOAD_LIMITS.fileBytes)}. The type is read from the content, not the name.
            </span>
            <FieldError state={state} field="document" />
            <input
              id={fieldId('document', 'document')}
              name="document"
              type="file"
              required
              accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
              {...invalidAttrs(state, 'document')}
              aria-describedby={[`${fieldId('document', 'document')}-hint`, state?.errors.document ? `${fieldId('document', 'document')}-error` : ''].join(' ').trim()}
            />
          </p>
          <p class="field checkbox">
            <input id={fieldId('document', 'confidential')} name="confidential" type="checkbox" value="yes" checked={state?.values.confidential === 'yes'} />
            <label for={fieldId('document', 'confidential')}>Confidential: its text is kept out of search and it is shown only to those who may read confidential material</label>
          </p>
          <button type="submit">Upload</button>
        </form>
      )}
    </section>
  );
}
