/** `rapporteur show REFERENCE [--json]`: a stored letter, with replies and citations both ways. */
import type { Command } from 'commander';
import type { Communication } from '../../domain/communication.js';
import { letterView, type LetterView } from '../../services/letter-view.js';
import { withDatabase } from '../open-database.js';

const line = (label: string, value: string | null | undefined) => (value ? `${label.padEnd(14)}${value}` : null);

export function formatLetter(v: LetterView): string {
  const l = v.letter;
  const record = l.record;
  const out: Array<string | null> = [];
  out.push(`${l.reference_text}${l.status === 'placeholder' ? '  (placeholder: cited by other letters, not imported yet)' : ''}`);
  out.push(line('Date', l.letter_date));
  out.push(line('Recipient', [l.recipient_code, l.recipient_name].filter(Boolean).join(' ')));
  const copies = record?.copiedTo.map((c) => [c.code, c.name].filter(Boolean).join(' ')).join('; ');
  out.push(line('Copies', copies || (l.copied_to.length ? l.copied_to.join(', ') : null)));
  out.push(line('Title', l.title));
  out.push(line('Language', l.language));
  out.push(line('Publication', l.publication_date));
  out.push(line('File', l.document_path));
  const list = (label: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`${label}:`);
    for (const i of items) out.push(`  ${i}`);
  };
  list('Mandates', v.mandates.map((m) => m.title));
  list('Persons', v.persons.map((p) => `${p.name} (${p.role ?? 'mentioned'})${p.name !== p.display_name ? ` = ${p.display_name}` : ''}`));
  list('Organisations', v.organizations.map((o) => o.name));
  list('Replies', v.replies.map((r) => `${r.reply_date ?? 'undated'}${r.title ? `  ${r.title}` : ''}${r.document_path ? `  [${r.document_path}]` : ''}`));
  list('Cites', v.cites.map((c) => `${c.reference_text}${c.cited_date ? ` of ${c.cited_date}` : ''}${c.status === 'placeholder' ? ' (not imported)' : ''}`));
  list('Cited by', v.citedBy.map((c) => `${c.reference_text}${c.letter_date ? ` of ${c.letter_date}` : ''}`));
  return out.filter((x): x is string => x !== null).join('\n');
}

/** The interchange record as imported, with its text. */
export function letterRecord(v: LetterView): Communication | null {
  if (!v.letter.record) return null;
  return { ...v.letter.record, ...(v.letter.body !== null ? { text: v.letter.body } : {}) };
}

export function register(program: Command): void {
  program
    .command('show')
    .description('Show a stored letter: reference, date, recipient, copies, mandates, persons, replies and citations.')
    .argument('<reference...>', 'the reference, e.g. AL KAZ 1/2024 (or KAZ 1/2024)')
    .option('--json', 'print the interchange record instead')
    .action(async (words: string[], opts: { json?: boolean }) => {
      const view = await withDatabase((db) => letterView(db, words.join(' ')));
      if (opts.json) process.stdout.write(`${JSON.stringify(letterRecord(view) ?? { reference: view.letter.reference_text, status: view.letter.status }, null, 2)}\n`);
      else process.stdout.write(`${formatLetter(view)}\n`);
    });
}
