import { describe, expect, it } from 'vitest';
import { RapError } from './errors.js';
import {
  APPROVAL_CLEARED_REASON, initialMandates, mayDo, signingMandates, transition,
  type DraftAction, type DraftState, type DraftStatus, type Participant,
} from './letter-lifecycle.js';

const LEAD = 'sr-human-rights-defenders';
const EXPRESSION = 'sr-freedom-of-expression';
const ASSEMBLY = 'sr-freedom-of-assembly-association';

const officer: Participant = { role: 'officer', mandates: [] };
const admin: Participant = { role: 'admin', mandates: [] };
const leadHolder: Participant = { role: 'mandate-holder', mandates: [LEAD] };
const expressionHolder: Participant = { role: 'mandate-holder', mandates: [EXPRESSION] };
const viewer: Participant = { role: 'viewer', mandates: [] };

const fresh = (status: DraftStatus = 'draft'): DraftState => ({ status, mandates: initialMandates({ lead: LEAD, invited: [EXPRESSION, ASSEMBLY] }) });

/** Runs the actions in turn from a new draft. */
function walk(...steps: Array<[DraftAction, Participant]>): DraftState {
  let state = fresh();
  for (const [action, who] of steps) {
    const t = transition(state, action, who);
    state = { status: t.status, mandates: t.mandates };
  }
  return state;
}

const OPEN: [DraftAction, Participant] = [{ kind: 'open-consultation' }, officer];
const joins = (mandateId: string, who: Participant): [DraftAction, Participant] => [{ kind: 'answer', mandateId, answer: 'joined' }, who];
const declines = (mandateId: string, who: Participant): [DraftAction, Participant] => [{ kind: 'answer', mandateId, answer: 'declined' }, who];
const APPROVE: [DraftAction, Participant] = [{ kind: 'approve' }, leadHolder];

function refusal(fn: () => unknown): RapError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RapError);
    return e as RapError;
  }
  throw new Error('expected a refusal');
}

const answerOf = (state: DraftState, mandateId: string) => state.mandates.find((m) => m.mandateId === mandateId)?.answer;

describe('a new draft', () => {
  it('lists the lead first, then the invited mandates, all waiting for an answer', () => {
    expect(fresh().mandates).toEqual([
      { mandateId: LEAD, role: 'lead', answer: 'pending' },
      { mandateId: EXPRESSION, role: 'invited', answer: 'pending' },
      { mandateId: ASSEMBLY, role: 'invited', answer: 'pending' },
    ]);
  });

  it('refuses the lead among the invited, and a mandate invited twice, naming the field', () => {
    expect(refusal(() => initialMandates({ lead: LEAD, invited: [LEAD] })).location.field).toBe('invitedMandateIds');
    const twice = refusal(() => initialMandates({ lead: LEAD, invited: [EXPRESSION, EXPRESSION] }));
    expect(twice.message).toContain(`${EXPRESSION} is invited twice`);
    expect(refusal(() => initialMandates({ lead: ' ', invited: [] })).location.field).toBe('leadMandateId');
  });
});

describe('the path to sending', () => {
  it('goes draft → consultation → approved → sent and signs with the lead and those that joined', () => {
    const approved = walk(OPEN, joins(EXPRESSION, expressionHolder), declines(ASSEMBLY, officer), APPROVE);
    expect(approved.status).toBe('approved');
    expect(signingMandates(approved.mandates)).toEqual([LEAD, EXPRESSION]);
    expect(transition(approved, { kind: 'send' }, officer).status).toBe('sent');
  });

  it('sends only an approved letter', () => {
    for (const status of ['draft', 'consultation', 'sent'] as const) {
      const e = refusal(() => transition(fresh(status), { kind: 'send' }, officer));
      expect(e.code).toBe('RAP_ERR_CONFLICT');
    }
    expect(refusal(() => transition(fresh('consultation'), { kind: 'send' }, officer)).message).toContain('only a letter the lead mandate has approved is sent');
  });

  it('lets only the secretariat send, edit and open the consultation', () => {
    const approved = walk(OPEN, joins(EXPRESSION, officer), joins(ASSEMBLY, officer), APPROVE);
    for (const who of [leadHolder, viewer]) {
      expect(refusal(() => transition(approved, { kind: 'send' }, who)).code).toBe('RAP_ERR_FORBIDDEN');
      expect(refusal(() => transition(approved, { kind: 'edit' }, who)).code).toBe('RAP_ERR_FORBIDDEN');
      expect(refusal(() => transition(fresh(), { kind: 'open-consultation' }, who)).code).toBe('RAP_ERR_FORBIDDEN');
    }
    expect(transition(approved, { kind: 'send' }, admin).status).toBe('sent');
  });

  it('opens the consultation only once', () => {
    expect(refusal(() => walk(OPEN, OPEN)).code).toBe('RAP_ERR_CONFLICT');
  });
});

describe('joining and declining', () => {
  it('lets a mandate holder answer for their own mandate, not for another', () => {
    const own = transition(fresh('consultation'), { kind: 'answer', mandateId: EXPRESSION, answer: 'joined' }, expressionHolder);
    expect(own.onBehalf).toBe(false);
    expect(answerOf({ status: own.status, mandates: own.mandates }, EXPRESSION)).toBe('joined');
    const other = refusal(() => transition(fresh('consultation'), { kind: 'answer', mandateId: ASSEMBLY, answer: 'joined' }, expressionHolder));
    expect(other.code).toBe('RAP_ERR_FORBIDDEN');
    expect(other.message).toContain(ASSEMBLY);
    expect(refusal(() => transition(fresh('consultation'), { kind: 'answer', mandateId: EXPRESSION, answer: 'joined' }, viewer)).code).toBe('RAP_ERR_FORBIDDEN');
  });

  it('lets an officer record a mandate’s answer on its behalf, and says so', () => {
    const t = transition(fresh('consultation'), { kind: 'answer', mandateId: ASSEMBLY, answer: 'declined' }, officer);
    expect(t.onBehalf).toBe(true);
    expect(t.mandates.find((m) => m.mandateId === ASSEMBLY)?.answer).toBe('declined');
  });

  it('takes answers only during the consultation, and only from invited mandates', () => {
    expect(refusal(() => transition(fresh('draft'), { kind: 'answer', mandateId: EXPRESSION, answer: 'joined' }, expressionHolder)).code).toBe('RAP_ERR_CONFLICT');
    const late = refusal(() => transition(fresh('approved'), { kind: 'answer', mandateId: EXPRESSION, answer: 'declined' }, expressionHolder));
    expect(late.message).toContain('reopen it by editing');
    const lead = refusal(() => transition(fresh('consultation'), { kind: 'answer', mandateId: LEAD, answer: 'joined' }, leadHolder));
    expect(lead.code).toBe('RAP_ERR_INVALID');
    expect(lead.location.field).toBe('mandateId');
    expect(refusal(() => transition(fresh('consultation'), { kind: 'answer', mandateId: 'wg-unknown', answer: 'joined' }, officer)).message)
      .toContain('wg-unknown is not invited');
  });

  it('lets a mandate change its mind while the consultation lasts', () => {
    const s = walk(OPEN, joins(EXPRESSION, expressionHolder), declines(EXPRESSION, expressionHolder));
    expect(answerOf(s, EXPRESSION)).toBe('declined');
  });
});

describe('approval', () => {
  it('comes only from the lead mandate’s holder or an officer recording it', () => {
    const ready = walk(OPEN, joins(EXPRESSION, officer), joins(ASSEMBLY, officer));
    expect(transition(ready, { kind: 'approve' }, leadHolder).onBehalf).toBe(false);
    expect(transition(ready, { kind: 'approve' }, officer).onBehalf).toBe(true);
    const invited = refusal(() => transition(ready, { kind: 'approve' }, expressionHolder));
    expect(invited.code).toBe('RAP_ERR_FORBIDDEN');
    expect(invited.message).toContain(LEAD);
  });

  it('waits until every invited mandate has answered, naming those still silent', () => {
    const e = refusal(() => walk(OPEN, joins(EXPRESSION, officer), APPROVE));
    expect(e.code).toBe('RAP_ERR_CONFLICT');
    expect(e.message).toContain(`waiting for the answer of ${ASSEMBLY}`);
    expect(e.message).not.toContain(EXPRESSION);
  });

  it('is refused on a draft whose consultation is not open', () => {
    const noInvited: DraftState = { status: 'draft', mandates: initialMandates({ lead: LEAD, invited: [] }) };
    expect(refusal(() => transition(noInvited, { kind: 'approve' }, leadHolder)).message).toContain('consultation has not been opened');
  });
});

describe('editing', () => {
  it('keeps a draft or a letter in consultation where it is, with its answers', () => {
    const s = walk(OPEN, joins(EXPRESSION, officer));
    const t = transition(s, { kind: 'edit' }, officer);
    expect(t.status).toBe('consultation');
    expect(t.cleared).toEqual([]);
    expect(answerOf({ status: t.status, mandates: t.mandates }, EXPRESSION)).toBe('joined');
  });

  it('takes an approved letter back to consultation, clears the approval and the joins, and says why', () => {
    const approved = walk(OPEN, joins(EXPRESSION, officer), declines(ASSEMBLY, officer), APPROVE);
    const t = transition(approved, { kind: 'edit' }, officer);
    expect(t.status).toBe('consultation');
    expect(t.cleared).toEqual([LEAD, EXPRESSION]);
    expect(t.reason).toBe(APPROVAL_CLEARED_REASON);
    const after = { status: t.status, mandates: t.mandates };
    expect(answerOf(after, LEAD)).toBe('pending');
    expect(answerOf(after, EXPRESSION)).toBe('pending');
    expect(answerOf(after, ASSEMBLY)).toBe('declined');
    expect(mayDo(after, { kind: 'send' }, officer)).toBe(false);
  });

  it('keeps the answers of mandates still on the letter when the list changes; a new one is asked', () => {
    const s = walk(OPEN, joins(EXPRESSION, officer), declines(ASSEMBLY, officer));
    const t = transition(s, { kind: 'edit', mandates: { lead: LEAD, invited: [EXPRESSION, 'wg-arbitrary-detention'] } }, officer);
    expect(t.mandates).toEqual([
      { mandateId: LEAD, role: 'lead', answer: 'pending' },
      { mandateId: EXPRESSION, role: 'invited', answer: 'joined' },
      { mandateId: 'wg-arbitrary-detention', role: 'invited', answer: 'pending' },
    ]);
  });

  it('asks a mandate anew when it changes role', () => {
    const s = walk(OPEN, joins(EXPRESSION, officer));
    const t = transition(s, { kind: 'edit', mandates: { lead: EXPRESSION, invited: [LEAD] } }, officer);
    expect(t.mandates.map((m) => [m.mandateId, m.role, m.answer])).toEqual([[EXPRESSION, 'lead', 'pending'], [LEAD, 'invited', 'pending']]);
  });

  it('refuses to edit a sent letter', () => {
    expect(refusal(() => transition(fresh('sent'), { kind: 'edit' }, officer)).message).toContain('start a follow-up');
  });
});

describe('mayDo', () => {
  it('answers what the buttons of a page may offer', () => {
    const s = fresh('consultation');
    expect(mayDo(s, { kind: 'answer', mandateId: EXPRESSION, answer: 'joined' }, expressionHolder)).toBe(true);
    expect(mayDo(s, { kind: 'edit' }, expressionHolder)).toBe(false);
    expect(mayDo(s, { kind: 'approve' }, leadHolder)).toBe(false); // two invited mandates have not answered
  });
});
