/** Who makes a change: a staff account, the command line, the public form or a scheduled job. */
export interface Actor {
  /** The account, when a signed-in person acts. */
  userId: number | null;
  /** As written in the audit trail: `user:12 ana@example.org`, `cli:import`, `public:submission-form`, `system:publication`. */
  label: string;
}

export const userActor = (id: number, email: string): Actor => ({ userId: id, label: `user:${id} ${email}` });
export const systemActor = (job: string): Actor => ({ userId: null, label: `system:${job}` });
export const cliActor = (command: string): Actor => ({ userId: null, label: `cli:${command}` });
export const publicActor = (door: string): Actor => ({ userId: null, label: `public:${door}` });
