import type { AuditEntry } from '../../../domain/audit-chain.js';
import { dateTime } from './format.js';

const show = (v: unknown): string => (Array.isArray(v) ? v.join(', ') || 'none' : v === null || v === undefined ? '—' : String(v));

/** What changed in one entry: `field: before → after` for each field it names. */
function changes(e: AuditEntry): string {
  const keys = [...new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})])];
  return keys
    .map((k) => (e.before && k in e.before ? `${k}: ${show(e.before[k])} → ${show(e.after?.[k])}` : `${k}: ${show(e.after?.[k])}`))
    .join('; ');
}

/** The account’s history from the audit trail (given newest first): changes and sign-in events. */
export function AccountHistory({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <table>
      <caption class="visually-hidden">History of the account, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">By</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr>
            <td>{dateTime(e.at)}</td>
            <td>{e.action.replace(/^user\./, '')}</td>
            <td>{e.actor}</td>
            <td>{changes(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
