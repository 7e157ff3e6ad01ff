import { ROLE_LABELS, ROLES, type Role } from '../../../domain/permissions.js';
import { FieldError, invalidAttrs, type FieldProblem } from '../auth/error-summary.js';

const WHAT: Record<Role, string> = {
  admin: 'everything, including accounts and the audit trail',
  officer: 'triage, case files, drafting, sources',
  'mandate-holder': 'reads cases and letters, acts for their mandates',
  viewer: 'reads cases and letters',
};

export function RoleSelect({ value, problems }: { value: string; problems: FieldProblem[] }) {
  return (
    <div class="field">
      <label for="role">Role</label>
      <FieldError field="role" problems={problems} />
      <select id="role" name="role" required {...invalidAttrs('role', problems)}>
        {ROLES.map((r) => (
          <option value={r} selected={r === value}>
            {ROLE_LABELS[r]}: {WHAT[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
