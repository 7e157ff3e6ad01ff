-- Why a staff file has no searchable text (`text` is null): it is an image, it is confidential
-- (its text is read from the sealed bytes when needed, never kept in clear), or the reader could
-- not read it (a damaged or truncated PDF, a scan without a text layer). Null when there is text.
alter table staff_files add column text_note text;

-- Why a submission was rejected, as the officer wrote it (when and by whom: triaged_at, triaged_by).
alter table submissions add column rejection_reason text;
