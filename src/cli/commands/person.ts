/**
 * `rapporteur person NAME [--explain]`: a person by any spelling, with their letters across
 * States in date order; `rapporteur person unmerge MERGE_ID`: undo a merge shown by --explain.
 * `--organization` does the same for organisations.
 */
import type { Command } from 'commander';
import { RapError } from '../../domain/errors.js';
import { entityProfile, findOrganizations, findPersons, unmerge, type EntityProfile } from '../../services/people.js';
import type { EntityKind } from '../../store/entities.repo.js';
import { withDatabase } from '../open-database.js';

export function formatProfile(p: EntityProfile, explain: boolean): string {
  const out: string[] = [];
  out.push(`${p.displayName}  (${p.kind} ${p.id}${p.gender ? `, ${p.gender}` : ''})`);
  out.push(`  spellings: ${p.spellings.join('; ')}`);
  if (p.letters.length === 0) out.push('  no letters');
  for (const l of p.letters) {
    const recipient = [l.recipient_code, l.recipient_name].filter(Boolean).join(' ');
    out.push(`  ${(l.letter_date ?? 'undated').padEnd(10)}  ${l.reference_text.padEnd(16)}  ${recipient}${l.role ? `  ${l.role}` : ''}${l.status === 'placeholder' ? '  (not imported)' : ''}`);
  }
  for (const d of p.otherDocuments) {
    out.push(`  ${(d.date ?? 'undated').padEnd(10)}  ${d.kind === 'reply' ? `reply to ${d.reference_text}` : `source: ${d.title ?? 'untitled'}`}`);
  }
  if (explain) {
    if (p.merges.length === 0) out.push('  merges: none');
    for (const m of p.merges) {
      const when = m.merged_at instanceof Date ? m.merged_at.toISOString().slice(0, 10) : String(m.merged_at).slice(0, 10);
      out.push(
        `  merge #${m.id} (${when}${m.undone_at ? ', undone' : ''}): "${m.merged_name}" into "${m.kept_name}" by ${m.rule}: ${m.ruleText}` +
          `${m.details.detail ? ` [${m.details.detail}]` : ''}`,
      );
    }
    if (p.merges.some((m) => !m.undone_at)) out.push(`  undo one with: rapporteur person unmerge${p.kind === 'organization' ? ' --organization' : ''} MERGE_ID`);
  }
  return out.join('\n');
}

export function register(program: Command): void {
  const person = program
    .command('person')
    .description('Find a person by any spelling and list their letters across States in date order.')
    .argument('[name...]', 'a name, in any spelling')
    .option('--explain', 'show the merges that joined the spellings, and the rule of each')
    .option('--organization', 'look up an organisation instead')
    .option('--json', 'print the result as JSON')
    .action(async (words: string[], opts: { explain?: boolean; organization?: boolean; json?: boolean }) => {
      const name = words.join(' ').trim();
      if (!name) throw new RapError('RAP_ERR_USAGE', 'give a name: rapporteur person NAME');
      const kind: EntityKind = opts.organization ? 'organization' : 'person';
      const { found, profiles } = await withDatabase(async (db) => {
        const found = kind === 'person' ? await findPersons(db, name) : await findOrganizations(db, name);
        return { found, profiles: await Promise.all(found.map((f) => entityProfile(db, kind, f.id))) };
      });
      if (profiles.length === 0) throw new RapError('RAP_ERR_NOT_FOUND', `no ${kind} named like "${name}"`);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(profiles.map((p, i) => ({ ...p, foundBy: found[i]?.found_by })), null, 2)}\n`);
        return;
      }
      // Only similar names, no spelling the rules tie to this one: say so rather than pass a guess off as the answer.
      if (found.every((f) => f.found_by === 'similar')) {
        process.stdout.write(`No ${kind} has the full name "${name}" in any known spelling; similar names:\n\n`);
      }
      process.stdout.write(`${profiles.map((p) => formatProfile(p, !!opts.explain)).join('\n\n')}\n`);
    });

  person
    .command('unmerge')
    .description('Undo a merge (its number is shown by `person NAME --explain`): both come back apart and stay apart.')
    .argument('<mergeId>', 'the merge number, e.g. 12 or #12')
    .option('--organization', 'a merge of organisations')
    .action(async (id: string, opts: { organization?: boolean }) => {
      const mergeId = Number(id.replace(/^#/, ''));
      if (!Number.isInteger(mergeId) || mergeId < 1) throw new RapError('RAP_ERR_USAGE', `not a merge number: ${id}`);
      const kind: EntityKind = opts.organization ? 'organization' : 'person';
      const m = await withDatabase((db) => unmerge(db, kind, mergeId));
      process.stdout.write(`Undone merge #${m.id}: "${m.merged_name}" (${kind} ${m.merged_id}) is apart from "${m.kept_name}" (${kind} ${m.kept_id}) again.\n`);
    });
}
